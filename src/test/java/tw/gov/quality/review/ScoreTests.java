package tw.gov.quality.review;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestFixture;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.Evaluation;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.security.UserDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.web.ConsoleQuarter.as;
import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * 考核 scores (seed 000: 1,000 points, pass line 750, every half year): kept within the plan's scale; below the
 * line the office must propose concrete improvements, a tracked item opened by itself, shown in the 總表.
 */
@IntegrationTest
class ScoreTests {

	static final ReportingPeriod Q2_107 = new ReportingPeriod(107, 2);

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

	@Autowired
	Consolidation consolidation;

	@Autowired
	TrackedItems tracked;

	@Autowired
	tw.gov.quality.report.DeadlineChecks deadlineChecks;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	Path form;

	IngestFixture inbox;

	@BeforeEach
	void aQuarterReviewed() throws Exception {
		form = ReviewLoop.evaluatedFormFor(jdbc, folders, jobs, ingestJob, offices, plans, consolidation);
		inbox = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
	}

	@Test
	void theSeedPlanDeclaresItsEvaluationAndOthersNone() {
		Evaluation evaluation = plans.planFor("AEA-NTP", 107).orElseThrow().evaluation();
		assertThat(evaluation.totalPoints()).isEqualByComparingTo("1000");
		assertThat(evaluation.passLine()).isEqualByComparingTo("750");
		assertThat(evaluation.rhythm()).isEqualTo("每半年");
		assertThat(evaluation.recordDueDays()).isEqualTo(10);
		assertThat(plans.planFor("AEA-TXG", 104).orElseThrow().evaluation()).isNull();
	}

	@Test
	void aScoreBelowThePassLineOpensATrackedItemAndShowsInTheSummary() throws Exception {
		returnForm("scored.xlsx", 700);

		assertThat(jdbc.sql("SELECT state FROM submission ORDER BY id DESC LIMIT 1").query(String.class).single())
			.isEqualTo("REVIEWED");
		assertThat(jdbc.sql("SELECT score FROM review_form").query(BigDecimal.class).single()).isEqualByComparingTo("700");
		assertThat(tracked.open("AEA-NTP")).singleElement().satisfies(item -> {
			assertThat(item.source()).isEqualTo(TrackedItem.SCORE);
			assertThat(item.request()).isEqualTo("提出具體改善作法");
			assertThat(item.subject()).isEqualTo("考核評分 700 分，未達及格分數 750 分");
			assertThat(item.itemCode()).isNull();
		});

		Consolidation.Result again = consolidation.consolidate(Q2_107, "MOJ-AEA", LocalDateTime.of(2018, 7, 25, 9, 0));
		try (XSSFWorkbook workbook = open(file(Path.of(again.folders().get(0)), "執行成果報告"))) {
			String summary = ReviewFormIngestTests.text(workbook.getSheet("總表"));
			assertThat(summary.lines().filter(line -> line.startsWith("AEA-NTP|")).findFirst().orElseThrow())
				.endsWith("|1|700 未達|");
		}
		// The board tells the supervisor at a glance.
		mvc.perform(get("/board").param("year", "107").param("quarter", "2").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("列管 1 項；考核 700 分未達 750 分")));
	}

	@Test
	void aPassingScoreOpensNothing() throws Exception {
		returnForm("scored.xlsx", 820);
		assertThat(jdbc.sql("SELECT score FROM review_form").query(BigDecimal.class).single()).isEqualByComparingTo("820");
		assertThat(tracked.open("AEA-NTP")).isEmpty();
	}

	@Test
	void aScoreOutsideThePlansScaleIsRefused() throws Exception {
		returnForm("scored.xlsx", 1200);
		assertThat(jdbc.sql("SELECT state FROM submission ORDER BY id DESC LIMIT 1").query(String.class).single())
			.isEqualTo("REVIEW_REFUSED");
		assertThat(jdbc.sql("SELECT message FROM submission_finding WHERE rule_code = 'REVIEW_SCORE_OUT_OF_SCALE'")
			.query(String.class)
			.single()).isEqualTo("評分 1200 超出計畫的考核總分範圍（0 至 1000 分）");
		assertThat(tracked.open("AEA-NTP")).isEmpty();
	}

	@Test
	void aScoreRecordSentMoreThanTenDaysAfterTheEvaluationIsFlaggedLateOnTheBoard() throws Exception {
		// 考核 held 107/7/1: the 評分紀錄 was due by 107/7/11, it came back on 107/7/21.
		returnForm("scored.xlsx", 820, "107/7/1");

		mvc.perform(get("/board").param("year", "107").param("quarter", "2").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("評分紀錄逾期 9 天送回")));
		// The deadline check watches it too.
		assertThat(deadlineChecks.check(Q2_107, LocalDateTime.of(2018, 7, 25, 9, 0)))
			.filteredOn(flag -> flag.office().code().equals("AEA-NTP"))
			.singleElement()
			.satisfies(flag -> {
				assertThat(flag.scoreRecord().state()).isEqualTo(ScoreRecords.State.LATE);
				assertThat(flag.scoreRecord().due()).isEqualTo(LocalDateTime.of(2018, 7, 11, 23, 59, 59));
			});
	}

	@Test
	void aScoreRecordSentWithinTenDaysRaisesNoFlag() throws Exception {
		returnForm("scored.xlsx", 820);

		mvc.perform(get("/board").param("year", "107").param("quarter", "2").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("評分紀錄逾期"))));
	}

	@Test
	void aScoreRecordNeverSentIsDueTenDaysAfterTheQuartersReviewDeadlineWhateverTheFilesTimes() throws Exception {
		// Seed 002: the supervisor's review of 107 Q2 is due by 107/7/20, the latest day the 考核 can be held;
		// the 評分紀錄 is due 10 days later, 107/7/30. A copy or a restore of the reports changes nothing.
		Path reports = folders.output().resolve("reports").resolve("107").resolve("Q2").resolve("MOJ-AEA");
		try (Stream<Path> versions = Files.list(reports)) {
			for (Path version : versions.filter(Files::isDirectory).toList()) {
				Files.setLastModifiedTime(version, java.nio.file.attribute.FileTime.from(
						LocalDateTime.of(2019, 3, 1, 9, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));
			}
		}

		mvc.perform(get("/board").param("year", "107").param("quarter", "2").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("評分紀錄逾期未送（期限 107年7月30日）")));
		assertThat(deadlineChecks.check(Q2_107, LocalDateTime.of(2018, 7, 30, 23, 0)))
			.filteredOn(flag -> flag.office().code().equals("AEA-NTP"))
			.singleElement()
			.satisfies(flag -> {
				assertThat(flag.scoreRecord().state()).isEqualTo(ScoreRecords.State.PENDING);
				assertThat(flag.scoreRecord().due()).isEqualTo(LocalDateTime.of(2018, 7, 30, 23, 59, 59));
			});
		assertThat(deadlineChecks.check(Q2_107, LocalDateTime.of(2018, 7, 31, 9, 0)))
			.filteredOn(flag -> flag.office().code().equals("AEA-NTP"))
			.singleElement()
			.satisfies(flag -> assertThat(flag.scoreRecord().state()).isEqualTo(ScoreRecords.State.MISSING));
	}

	@Test
	void noScoreRecordIsOwedInAQuarterWithoutAnEvaluation() {
		assertThat(deadlineChecks.check(new ReportingPeriod(107, 3), LocalDateTime.of(2018, 12, 31, 9, 0)))
			.filteredOn(flag -> flag.office().code().equals("AEA-NTP"))
			.singleElement()
			.satisfies(flag -> assertThat(flag.scoreRecord()).isNull());
	}

	@Test
	void theEvaluationRhythmSaysWhichQuartersOweARecord() {
		assertThat(ScoreRecords.evaluated("每半年", new ReportingPeriod(107, 2))).isTrue();
		assertThat(ScoreRecords.evaluated("每半年", new ReportingPeriod(107, 3))).isFalse();
		assertThat(ScoreRecords.evaluated("每年", new ReportingPeriod(107, 2))).isFalse();
		assertThat(ScoreRecords.evaluated("每年", new ReportingPeriod(107, 4))).isTrue();
		assertThat(ScoreRecords.evaluated("每季", new ReportingPeriod(107, 3))).isTrue();
		assertThat(ScoreRecords.evaluated(null, new ReportingPeriod(107, 1))).isTrue();
	}

	private void returnForm(String name, double score) throws Exception {
		returnForm(name, score, "107/7/20");
	}

	private void returnForm(String name, double score, String reviewedOn) throws Exception {
		Path dropped;
		try (FilledReviewForm filled = new FilledReviewForm(form)) {
			filled.score(score).signed("林考核", reviewedOn);
			dropped = filled.saveAs(inbox.inbox("MOJ-AEA", name));
		}
		IngestFixture.touch(dropped, LocalDateTime.of(2018, 7, 21, 9, 0));
		inbox.ingest();
	}

	private static XSSFWorkbook open(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static Path file(Path folder, String prefix) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

}
