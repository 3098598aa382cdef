package tw.gov.quality.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** The state machine over the calendar: real sheets received at chosen times, checked as of chosen moments. */
@IntegrationTest
class DeadlineChecksTests {

	private static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	private static final LocalDateTime DEADLINE = LocalDateTime.of(2015, 7, 10, 23, 59, 59);

	@Autowired
	DeadlineChecks checks;

	@Autowired
	OfficeDeadlines deadlines;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Folders folders;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("ingestJob")
	Job ingestJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	IngestTesting inbox;

	@BeforeEach
	void clean() throws Exception {
		inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
		jdbc.sql("DELETE FROM deadline_extension").update();
		jdbc.sql("DELETE FROM deadline_check").update();
	}

	private Map<String, SubmissionState> statesAsOf(LocalDateTime asOf) {
		return checks.check(Q2, asOf)
			.stream()
			.collect(Collectors.toMap(flag -> flag.office().code(), DeadlineChecks.Flag::state));
	}

	@Test
	void onTimeASecondBeforeAndLateASecondAfterTheDeadline() throws Exception {
		inbox.dropGoodSheet("AEA-TPE", Q2, DEADLINE);
		inbox.dropGoodSheet("AEA-SHL", Q2, DEADLINE.plusSeconds(1));
		inbox.dropBadSheet("AEA-TYN", Q2, DEADLINE.minusDays(2));
		inbox.ingest();

		Map<String, SubmissionState> before = statesAsOf(DEADLINE.minusSeconds(1));
		assertThat(before).containsEntry("AEA-TPE", SubmissionState.PENDING)
			.containsEntry("AEA-TYN", SubmissionState.PENDING)
			.containsEntry("AEA-KHH", SubmissionState.PENDING);

		Map<String, SubmissionState> after = statesAsOf(DEADLINE.plusDays(1));
		assertThat(after).containsEntry("AEA-TPE", SubmissionState.ON_TIME)
			.containsEntry("AEA-SHL", SubmissionState.LATE)
			.containsEntry("AEA-TYN", SubmissionState.REFUSED_UNCORRECTED)
			.containsEntry("AEA-KHH", SubmissionState.MISSING);
		assertThat(after).as("offices with no plan for 104 owe nothing").doesNotContainKeys("TYC-XW", "TPE-CA-SLHR");
	}

	@Test
	void anExtensionMakesALateFileOnTime() throws Exception {
		deadlines.grant(new OfficeDeadlines.Extension("AEA-SHL", Q2, DEADLINE.plusDays(3), "網路中斷", "admin",
				DEADLINE.minusDays(1)));
		inbox.dropGoodSheet("AEA-SHL", Q2, DEADLINE.plusDays(2));
		inbox.ingest();

		assertThat(statesAsOf(DEADLINE.plusDays(1))).containsEntry("AEA-SHL", SubmissionState.PENDING);
		assertThat(statesAsOf(DEADLINE.plusDays(5))).containsEntry("AEA-SHL", SubmissionState.ON_TIME);
	}

	@Test
	void aFileAcceptedAfterTheMomentCheckedDoesNotCount() throws Exception {
		inbox.dropGoodSheet("AEA-TPE", Q2, DEADLINE.plusDays(3));
		inbox.ingest();
		assertThat(statesAsOf(DEADLINE.plusDays(1))).containsEntry("AEA-TPE", SubmissionState.MISSING);
		assertThat(statesAsOf(DEADLINE.plusDays(4))).containsEntry("AEA-TPE", SubmissionState.LATE);
	}

	@Test
	void everyCheckIsStoredWithItsTimeAndCanBeQueried() throws Exception {
		statesAsOf(DEADLINE.minusDays(1));
		statesAsOf(DEADLINE.plusDays(1));
		List<DeadlineChecks.LatestState> latest = checks.latest(Q2);
		assertThat(latest).hasSize(13);
		assertThat(latest).allSatisfy(row -> assertThat(row.state()).isEqualTo(SubmissionState.MISSING));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadline_check").query(Integer.class).single()).isEqualTo(26);
	}

}
