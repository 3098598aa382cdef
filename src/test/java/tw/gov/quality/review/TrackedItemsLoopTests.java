package tw.gov.quality.review;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
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
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.security.UserDirectory;
import tw.gov.quality.template.ProgressTemplateWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.web.ConsoleQuarter.as;
import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * 列管事項 over two quarters and across the year: opened by the Q2 review, listed on the Q3 template, answered
 * in the Q3 sheet, shown on the Q3 review form and in the report, closed or kept by the Q3 review.
 */
@IntegrationTest
class TrackedItemsLoopTests {

	static final ReportingPeriod Q3 = new ReportingPeriod(104, 3);

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
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@TempDir
	Path work;

	Path q2Form;

	IngestFixture inbox;

	@BeforeEach
	void aQuarterReviewed() throws Exception {
		q2Form = ReviewLoop.reviewFormsFor(jdbc, folders, jobs, ingestJob, offices, plans, consolidation, "AEA-SHL");
		inbox = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
	}

	@Test
	void opinionsAreTrackedUntilALaterReviewClosesThemAcrossTheYear() throws Exception {
		// Q2: the reviewer asks for 1.3, marks a strategy opinion 列管, and leaves an overall remark untracked.
		returnForm(q2Form, "q2.xlsx", form -> form.opinion("I:1.3", "1.3 進度落後。", "請補足辦理場次。")
			.opinion("S1", "宣導對象偏少。", null)
			.write("S1", TRACK, "列管")
			.opinion(OVERALL_KEY, "整體尚可。", null)
			.signed("王審查", "104/7/17"));
		List<TrackedItem> open = tracked.open("AEA-SHL");
		assertThat(open).extracting(TrackedItem::itemCode, TrackedItem::request, TrackedItem::opened)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("S1", "宣導對象偏少。", ReviewFormIngestTests.Q2),
					org.assertj.core.groups.Tuple.tuple("1.3", "請補足辦理場次。", ReviewFormIngestTests.Q2));
		long itemS1 = open.get(0).id();
		long item13 = open.get(1).id();
		assertThat(tracked.outstanding("AEA-SHL", ReviewFormIngestTests.Q2)).as("not before the review that opened them")
			.isEmpty();

		// The Q3 template lists both: the opinion locked, 辦理情形 and 辦理日期 for the office.
		List<TrackedItem> outstanding = tracked.outstanding("AEA-SHL", Q3);
		assertThat(outstanding).extracting(TrackedItem::id).containsExactly(itemS1, item13);
		Path template = work.resolve("AEA-SHL-Q3.xlsx");
		new ProgressTemplateWriter().write(offices.get("AEA-SHL"), plans.planFor("AEA-SHL", 104).orElseThrow(), Q3,
				Map.of(), outstanding, LocalDateTime.now(), template);
		try (XSSFWorkbook workbook = open(template)) {
			XSSFSheet sheet = workbook.getSheet(TrackedReplyLayout.SHEET);
			assertThat(sheet).isNotNull();
			assertThat(sheet.getProtect()).isTrue();
			Row first = rowByKey(sheet, trackedKey(item13));
			int reply = TrackedReplyLayout.COLUMNS.indexOf(TrackedReplyLayout.REPLY);
			int request = TrackedReplyLayout.COLUMNS.indexOf(TrackedReplyLayout.REQUEST);
			assertThat(new DataFormatter().formatCellValue(first.getCell(request))).isEqualTo("請補足辦理場次。");
			assertThat(first.getCell(request).getCellStyle().getLocked()).isTrue();
			assertThat(first.getCell(reply).getCellStyle().getLocked()).isFalse();
			assertThat(first.getCell(TrackedReplyLayout.COLUMNS.indexOf(TrackedReplyLayout.REPLY_DATE)).getCellStyle().getLocked())
				.isFalse();
		}

		// Q3: the office answers 1.3 only; the other missing reply is a warning, not a refusal.
		inbox.dropSheetWithReplies("AEA-SHL", Q3, LocalDateTime.of(2015, 10, 5, 10, 0), outstanding,
				Map.of(item13, "已於9月補辦2場。"));
		inbox.ingest();
		assertThat(jdbc.sql("SELECT state FROM submission ORDER BY id DESC LIMIT 1").query(String.class).single())
			.isEqualTo("ACCEPTED");
		assertThat(jdbc.sql("SELECT message FROM submission_finding WHERE rule_code = 'TRACKED_REPLY_MISSING'")
			.query(String.class)
			.list()).singleElement().asString().contains("宣導對象偏少。").contains("未填辦理情形");
		assertThat(tracked.outstanding("AEA-SHL", Q3)).extracting(TrackedItem::reply)
			.containsExactly(null, "已於9月補辦2場。");

		// The Q3 report and review form show them.
		Consolidation.Result result = consolidation.consolidate(Q3, "MOJ-AEA", LocalDateTime.of(2015, 10, 15, 9, 0));
		assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
		Path version = Path.of(result.folders().get(0));
		try (XSSFWorkbook workbook = open(file(version, "執行成果報告"))) {
			String sheet = ReviewFormIngestTests.text(workbook.getSheet("列管事項"));
			assertThat(sheet).contains("AEA-SHL|法務部行政執行署士林分署|2|0|1|0|2|0|")
				.contains("宣導對象偏少。|（未填報）|");
			String summary = ReviewFormIngestTests.text(workbook.getSheet("總表"));
			assertThat(summary).contains("列管中|");
			assertThat(summary.lines().filter(line -> line.startsWith("AEA-SHL|")).findFirst().orElseThrow()).endsWith("|2||");
		}
		Path q3Form = version.resolve("審查意見表_AEA-SHL_104年第3季.xlsx");
		try (XSSFWorkbook workbook = open(q3Form)) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			Row row = rowByKey(sheet, trackedKey(item13));
			assertThat(new DataFormatter().formatCellValue(row.getCell(COLUMNS.indexOf(REPLY)))).startsWith("已於9月補辦2場。");
			assertThat(new DataFormatter().formatCellValue(rowByKey(sheet, trackedKey(itemS1)).getCell(COLUMNS.indexOf(REPLY))))
				.isEqualTo("（本季未填報辦理情形）");
			assertThat(row.getCell(COLUMNS.indexOf(DECISION)).getCellStyle().getLocked()).isFalse();
			assertThat(sheet.getDataValidations()).anySatisfy(validation -> {
				assertThat(validation.getValidationConstraint().getExplicitListValues()).containsExactly(CLOSE, KEEP);
				assertThat(validation.getRegions().getCellRangeAddress(0).getFirstColumn()).isEqualTo(COLUMNS.indexOf(DECISION));
			});
		}

		// A form naming an item that is not the office's, or an unreadable choice, is refused and closes nothing.
		returnForm(q3Form, "q3-tampered.xlsx", form -> {
			form.write(trackedKey(item13), DECISION, "再看看");
			form.row(trackedKey(itemS1)).getCell(KEY_COLUMN).setCellValue("T:999999");
			form.signed("王審查", "104/10/16");
		});
		assertThat(jdbc.sql("SELECT rule_code FROM submission_finding f JOIN submission s ON s.id = f.submission_id "
				+ "WHERE s.state = 'REVIEW_REFUSED'").query(String.class).list())
			.contains("REVIEW_DECISION_UNREADABLE", "REVIEW_KEY_UNKNOWN");
		assertThat(tracked.open("AEA-SHL")).hasSize(2);

		// Q3 review: 1.3 closed, the other kept.
		returnForm(q3Form, "q3.xlsx", form -> form.write(trackedKey(item13), DECISION, CLOSE)
			.write(trackedKey(itemS1), DECISION, KEEP)
			.signed("王審查", "104/10/16"));
		assertThat(tracked.open("AEA-SHL")).extracting(TrackedItem::id).containsExactly(itemS1);
		assertThat(tracked.outstanding("AEA-SHL", new ReportingPeriod(104, 4))).extracting(TrackedItem::id)
			.containsExactly(itemS1);

		// Across the year: still open in 105 until a review closes it, and by then open for more than a quarter.
		ReportingPeriod next = new ReportingPeriod(105, 1);
		assertThat(tracked.outstanding("AEA-SHL", next)).singleElement()
			.satisfies(item -> assertThat(item.openLongerThanAQuarter(next)).isTrue());
		assertThat(tracked.history("AEA-SHL", Q3)).extracting(TrackedItem::id, TrackedItem::open)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(itemS1, true),
					org.assertj.core.groups.Tuple.tuple(item13, false));
	}

	@Test
	void aNewerFormForTheSamePeriodReplacesTheItemsTheEarlierOpened() throws Exception {
		returnForm(q2Form, "q2-draft.xlsx", form -> form.opinion("I:1.3", "落後。", "請補足。").signed("王審查", "104/7/17"));
		assertThat(tracked.open("AEA-SHL")).hasSize(1);
		returnForm(q2Form, "q2-final.xlsx", form -> form.opinion("I:1.3", "落後。", "請於第3季補足場次。")
			.opinion(OVERALL_KEY, "請加強。", "請提出改善計畫。")
			.signed("王審查", "104/7/18"));
		assertThat(tracked.open("AEA-SHL")).extracting(TrackedItem::request)
			.containsExactly("請於第3季補足場次。", "請提出改善計畫。");

		// The console shows them to the office's supervisors and administrators, and to no other office.
		mvc.perform(get("/offices/AEA-SHL").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("列管事項（審查意見）"), containsString("請於第3季補足場次。"),
					containsString("請提出改善計畫。"), not(containsString("請補足。")))));
		mvc.perform(get("/offices/AEA-SHL").with(as(users, "t-admin"))).andExpect(status().isOk());
		mvc.perform(get("/offices/AEA-SHL").with(as(users, "t-txg"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/offices/AEA-SHL/tracked").with(httpBasic("t-aea", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].request").value("請於第3季補足場次。"))
			.andExpect(jsonPath("$[1].itemCode").doesNotExist());
		mvc.perform(get("/api/offices/AEA-SHL/tracked").with(httpBasic("t-tpeca", "test-password")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theReviewersRemarkOnAKeptItemIsShownEverywhereTheItemIsAndInTheNextTemplate() throws Exception {
		returnForm(q2Form, "q2.xlsx", form -> form.opinion("I:1.3", "1.3 進度落後。", "請補足辦理場次。").signed("王審查", "104/7/17"));
		long item = tracked.open("AEA-SHL").get(0).id();
		inbox.dropSheetWithReplies("AEA-SHL", Q3, LocalDateTime.of(2015, 10, 5, 10, 0), tracked.outstanding("AEA-SHL", Q3),
				Map.of(item, "已規劃於第4季補辦。"));
		inbox.ingest();
		Path q3Version = Path.of(consolidation.consolidate(Q3, "MOJ-AEA", LocalDateTime.of(2015, 10, 15, 9, 0)).folders().get(0));

		// Q3 review: kept, with the reviewer's words beside the decision.
		returnForm(q3Version.resolve("審查意見表_AEA-SHL_104年第3季.xlsx"), "q3.xlsx",
				form -> form.opinion(trackedKey(item), "僅有規劃，尚未辦理。", "請於第4季附上場次紀錄。")
					.write(trackedKey(item), DECISION, KEEP)
					.signed("王審查", "104/10/16"));
		String remark = "僅有規劃，尚未辦理。\n建議事項：請於第4季附上場次紀錄。";
		assertThat(jdbc.sql("SELECT remark FROM tracked_decision WHERE tracked_item_id = ?").param(item).query(String.class).single())
			.isEqualTo(remark);
		assertThat(tracked.open("AEA-SHL")).singleElement().satisfies(open -> assertThat(open.remark()).isEqualTo(remark));

		// The console and the API.
		mvc.perform(get("/offices/AEA-SHL").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("上級機關最新意見"), containsString("請於第4季附上場次紀錄。"))));
		mvc.perform(get("/api/offices/AEA-SHL/tracked").with(httpBasic("t-aea", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].remark").value(remark));

		// The office's Q4 template: the remark beside the opinion, locked.
		ReportingPeriod q4 = new ReportingPeriod(104, 4);
		Path template = work.resolve("AEA-SHL-Q4.xlsx");
		new ProgressTemplateWriter().write(offices.get("AEA-SHL"), plans.planFor("AEA-SHL", 104).orElseThrow(), q4,
				Map.of(), tracked.outstanding("AEA-SHL", q4), LocalDateTime.now(), template);
		try (XSSFWorkbook workbook = open(template)) {
			XSSFSheet sheet = workbook.getSheet(TrackedReplyLayout.SHEET);
			int column = TrackedReplyLayout.COLUMNS.indexOf(TrackedReplyLayout.REMARK);
			assertThat(new DataFormatter().formatCellValue(sheet.getRow(3).getCell(column))).isEqualTo(TrackedReplyLayout.REMARK);
			Row row = rowByKey(sheet, trackedKey(item));
			assertThat(row.getCell(column).getStringCellValue()).isEqualTo(remark);
			assertThat(row.getCell(column).getCellStyle().getLocked()).isTrue();
		}

		// The Q4 report's 列管事項: the item still open, with the latest remark.
		Path q4Version = Path.of(consolidation.consolidate(q4, "MOJ-AEA", LocalDateTime.of(2016, 1, 15, 9, 0)).folders().get(0));
		try (XSSFWorkbook workbook = open(file(q4Version, "執行成果報告"))) {
			assertThat(ReviewFormIngestTests.text(workbook.getSheet("列管事項"))).contains("審查機關最新意見")
				.contains("請補足辦理場次。|（未填報）|" + remark + "|");
		}
	}

	// --- helpers

	private void returnForm(Path form, String name, ReviewFormIngestTests.Edit edit) throws Exception {
		Path dropped;
		try (FilledReviewForm filled = new FilledReviewForm(form)) {
			edit.apply(filled);
			dropped = filled.saveAs(inbox.inbox("MOJ-AEA", name));
		}
		IngestFixture.touch(dropped, LocalDateTime.now().minusMinutes(5));
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

	private static Row rowByKey(XSSFSheet sheet, String key) {
		DataFormatter format = new DataFormatter();
		for (Row row : sheet) {
			if (key.equals(format.formatCellValue(row.getCell(0)))) {
				return row;
			}
		}
		throw new AssertionError("no row " + key);
	}

}
