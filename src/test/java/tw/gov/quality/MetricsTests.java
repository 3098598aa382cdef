package tw.gov.quality;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestFixture;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.DeadlineChecks;
import tw.gov.quality.report.SubmissionState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Metrics and run logs of real ingestions and deadline checks. The clock is fixed two days after the
 * 104年第2季 deadline, so that 104Q2 is the quarter being reported (the offices gauges' quarter):
 * its own application context, with its own Quartz scheduler name, closed afterwards.
 */
@IntegrationTest
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class MetricsTests {

	private static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	private static final LocalDateTime DEADLINE = LocalDateTime.of(2015, 7, 10, 23, 59, 59);

	private static final LocalDateTime NOW = LocalDateTime.of(2015, 7, 12, 9, 0);

	private static final Map<SubmissionState, String> TAGS = Map.of(SubmissionState.ON_TIME, "on_time",
			SubmissionState.LATE, "late", SubmissionState.MISSING, "missing", SubmissionState.REFUSED_UNCORRECTED,
			"refused", SubmissionState.PENDING, "pending");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			ZoneId taipei = ZoneId.of("Asia/Taipei");
			return Clock.fixed(NOW.atZone(taipei).toInstant(), taipei);
		}

	}

	/**
	 * Quartz keeps each scheduler's data source in a static registry under the scheduler's name: a
	 * context closed afterwards must not take the shared context's connections with it.
	 */
	@DynamicPropertySource
	static void ownSchedulerName(DynamicPropertyRegistry registry) {
		registry.add("spring.quartz.properties.org.quartz.scheduler.instanceName", () -> "quality-progress-metrics");
	}

	@Autowired
	MeterRegistry registry;

	@Autowired
	PrometheusMeterRegistry prometheus;

	@Autowired
	DeadlineChecks checks;

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

	private double submissions(String outcome, String office) {
		Counter counter = registry.find("quality.submissions").tag("outcome", outcome).tag("office", office).counter();
		return counter == null ? 0 : counter.count();
	}

	private double findings(String rule, String severity) {
		Counter counter = registry.find("quality.findings").tag("rule", rule).tag("severity", severity).counter();
		return counter == null ? 0 : counter.count();
	}

	private long ingestRuns() {
		Timer timer = registry.find("spring.batch.job").tag("spring.batch.job.name", "ingestJob").timer();
		return timer == null ? 0 : timer.count();
	}

	private double offices(String state) {
		return registry.get("quality.offices").tag("state", state).gauge().value();
	}

	@Test
	void ingestionCountsFilesByOutcomeAndOfficeAndFindingsByRule(CapturedOutput output) throws Exception {
		double accepted = submissions("accepted", "AEA-TPE");
		double refused = submissions("refused", "AEA-TYN");
		double unreadable = findings("STATUS_UNREADABLE", "error");
		long runs = ingestRuns();

		inbox.dropGoodSheet("AEA-TPE", Q2, DEADLINE.minusDays(1));
		inbox.dropBadSheet("AEA-TYN", Q2, DEADLINE.minusDays(1));
		inbox.ingest();

		assertThat(submissions("accepted", "AEA-TPE")).isEqualTo(accepted + 1);
		assertThat(submissions("refused", "AEA-TYN")).isEqualTo(refused + 1);
		assertThat(submissions("accepted", "AEA-TYN")).isZero();
		assertThat(findings("STATUS_UNREADABLE", "error")).isEqualTo(unreadable + 1);
		assertThat(ingestRuns()).isEqualTo(runs + 1);
		assertThat(output).contains("REFUSED from AEA-TYN").contains("first STATUS_UNREADABLE at 進度回報!");
		assertThat(output).containsPattern("Ingest run #\\d+ COMPLETED in [\\d.]+ s: 2 file\\(s\\) received, 0 recovered after a crash, "
				+ "1 accepted, 1 refused, 0 duplicate\\(s\\), 0 review form\\(s\\) stored, 0 review form\\(s\\) refused; 0 left for the next run \\(0 still being written, 0 could not be "
				+ "archived\\), 0 inbox entr\\(ies\\) not regular files");
	}

	@Test
	void theSameFileAgainIsADuplicate(CapturedOutput output) throws Exception {
		double duplicates = submissions("duplicate", "AEA-NTP");
		inbox.dropGoodSheet("AEA-NTP", Q2, DEADLINE.minusDays(2));
		inbox.ingest();
		Path archived = Path.of(jdbc.sql("SELECT archived_path FROM submission").query(String.class).single());
		Path again = folders.inbox().resolve("AEA-NTP").resolve("again.xlsx");
		Files.copy(archived, again);
		IngestFixture.touch(again, DEADLINE.minusDays(1));
		inbox.ingest();

		assertThat(submissions("duplicate", "AEA-NTP")).isEqualTo(duplicates + 1);
		assertThat(output).containsPattern("Submission \\d+ DUPLICATE from AEA-NTP \\(again.xlsx\\): same bytes as submission \\d+");
	}

	@Test
	void thePrometheusScrapeHasTheServicesMetrics() throws Exception {
		inbox.dropGoodSheet("AEA-TPE", Q2, DEADLINE.minusDays(1));
		inbox.dropBadSheet("AEA-TYN", Q2, DEADLINE.minusDays(1));
		inbox.ingest();
		checks.check(Q2, NOW);

		String scrape = prometheus.scrape();
		assertThat(scrape).contains("quality_submissions_total{")
			.containsPattern("quality_submissions_total\\{[^}]*office=\"AEA-TPE\"[^}]*outcome=\"accepted\"[^}]*} ")
			.containsPattern("quality_findings_total\\{[^}]*rule=\"STATUS_UNREADABLE\",severity=\"error\"} ")
			.containsPattern("spring_batch_job_seconds_count\\{[^}]*spring_batch_job_name=\"ingestJob\"")
			.containsPattern("quality_offices\\{[^}]*state=\"missing\"} 11")
			.contains("quality_offices_check_age_seconds");
	}

	@Test
	void theOfficesGaugesAreTheLatestDeadlineCheckOfTheQuarterBeingReported(CapturedOutput output) throws Exception {
		for (String state : TAGS.values()) {
			assertThat(offices(state)).as("no check yet: " + state).isZero();
		}
		assertThat(registry.get("quality.offices.check.age").gauge().value()).isNaN();

		inbox.dropGoodSheet("AEA-TPE", Q2, DEADLINE.minusDays(1));
		inbox.dropGoodSheet("AEA-SHL", Q2, DEADLINE.plusHours(1));
		inbox.dropBadSheet("AEA-TYN", Q2, DEADLINE.minusDays(1));
		inbox.ingest();
		checks.check(Q2, DEADLINE.minusDays(3));
		List<DeadlineChecks.Flag> flags = checks.check(Q2, NOW);

		Map<String, Long> checked = flags.stream()
			.collect(Collectors.groupingBy(flag -> TAGS.get(flag.state()), Collectors.counting()));
		Map<String, Long> gauges = TAGS.values()
			.stream()
			.collect(Collectors.toMap(state -> state, state -> (long) offices(state)));
		assertThat(gauges).containsAllEntriesOf(checked)
			.containsExactlyInAnyOrderEntriesOf(Map.of("on_time", 1L, "late", 1L, "refused", 1L, "missing", 10L,
					"pending", 0L));
		assertThat(registry.get("quality.offices.check.age").gauge().value()).isCloseTo(0, within(1.0));

		assertThat(output).contains("Deadline check 104Q2 as of 2015-07-12T09:00: 13 office(s), 1 on time, 1 late, "
				+ "10 missing, 1 refused uncorrected, 0 pending");
	}

}
