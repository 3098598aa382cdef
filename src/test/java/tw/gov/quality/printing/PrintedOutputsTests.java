package tw.gov.quality.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.demo.DemoSubmissions;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.reminder.Reminders;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.template.ProgressTemplateWriter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of output of the demo's 104年第2季 (13 offices under 法務部行政執行署: one missing, one refused,
 * one late) printed as LibreOffice prints it, and measured on the paper: the smallest text, every header
 * and label whole, the number of pages. Runs whenever LibreOffice is installed; {@code .ci/run} sets
 * {@code quality.require-office=true} so that CI fails instead of skipping.
 */
@IntegrationTest
@Tag("office")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrintedOutputsTests {

	private static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	/** Body text is 11 pt; fitting a sheet to the page width may shrink it, never below this. */
	private static final float SMALLEST = 10f;

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
	OfficeDeadlines deadlines;

	@Autowired
	Consolidation consolidation;

	@Autowired
	Reminders reminders;

	private final Map<String, PrintedPdf> printed = new LinkedHashMap<>();

	@BeforeAll
	void printTheDemoQuarter() throws Exception {
		PrintedPdf.requireOffice();
		// Empties the submissions, the inbox and the archive: other test classes share the database.
		IngestTesting inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
		IngestTesting.deleteRecursively(folders.output().resolve("reports"));
		IngestTesting.deleteRecursively(folders.output().resolve("reminders"));
		jdbc.sql("DELETE FROM reminder_sent").update();
		DemoSubmissions.write(folders.inbox(), plans::planFor, offices);
		inbox.ingest();
		LocalDateTime asOf = deadlines.supervisorDeadline(Q2);

		Map<String, Path> outputs = new LinkedHashMap<>();
		Path template = folders.output().resolve("print-check").resolve("template-AEA-TPE.xlsx");
		Files.createDirectories(template.getParent());
		new ProgressTemplateWriter().write(offices.get("AEA-TPE"), plans.planFor("AEA-TPE", 104).orElseThrow(), Q2,
				Map.of(), asOf, template);
		outputs.put("template", template);
		outputs.put("receipt", first(folders.output().resolve("receipts").resolve("AEA-SHL"), "_回執.xlsx"));
		for (String supervisor : List.of("MOJ-AEA", "MOJ")) {
			Consolidation.Result result = consolidation.consolidate(Q2, supervisor, asOf);
			assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
			Path folder = Path.of(result.folders().get(0));
			outputs.put("report " + supervisor, first(folder, "執行成果報告_"));
			if (supervisor.equals("MOJ-AEA")) {
				outputs.put("review", first(folder, "審查意見表_AEA-SHL"));
				outputs.put("annex", first(folder, "執行情形明細_"));
			}
		}
		Reminders.Result reminded = reminders.send(Q2, asOf);
		outputs.put("reminders", reminded.workbooks().stream()
			.filter(path -> path.getFileName().toString().contains("_AFTER_"))
			.findFirst()
			.orElseThrow());

		// Copies under names of their own: LibreOffice writes each PDF beside its workbook, by base name.
		Path folder = folders.output().resolve("print-check");
		List<Path> copies = new ArrayList<>();
		for (Map.Entry<String, Path> output : outputs.entrySet()) {
			Path copy = folder.resolve(output.getKey().replace(' ', '-') + ".xlsx");
			if (!copy.equals(output.getValue())) {
				Files.copy(output.getValue(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			copies.add(copy);
		}
		List<PrintedPdf> pdfs = PrintedPdf.of(copies);
		int i = 0;
		for (String kind : outputs.keySet()) {
			printed.put(kind, pdfs.get(i++));
		}
	}

	private static Path first(Path folder, String part) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().contains(part)).sorted().findFirst().orElseThrow();
		}
	}

	@Test
	void everyOutputPrintsItsTextAtTenPointOrMore() {
		printed.forEach((kind, pdf) -> assertThat(pdf.smallestSize()).as("%s: %s", kind, pdf.file())
			.isGreaterThanOrEqualTo(SMALLEST));
	}

	@Test
	void theTemplatePrintsEveryHeaderAndLabelWhole() {
		PrintedPdf template = printed.get("template");
		template.assertPrintsWhole("機關代碼", "機關名稱", "計畫年度", "季別", "填報人", "聯絡電話", "填報日期", "項次", "實施要項", "具體推動作法",
				"完成期限", "承辦單位", "年度目標", "上季累計數量", "上季執行狀態", "執行狀態", "累計辦理數量", "完成日期", "執行情形", "備註");
		assertThat(template.page(1)).contains("第 1 頁，共 " + template.pages() + " 頁");
		// 27 items of 法務部行政執行署臺北分署 with room to write, then the instructions (measured: 8 pages).
		assertThat(template.pages()).isBetween(2, 9);
		assertThat(template.page(template.pages())).contains("填寫說明");
	}

	@Test
	void theReceiptPrintsOnOnePageWithEveryLabel() {
		PrintedPdf receipt = printed.get("receipt");
		receipt.assertPrintsWhole("季進度回報收件回執", "機關", "檔案名稱", "檔案大小", "收件時間", "填報期間", "繳交期限", "是否準時", "處理結果", "檢查結果",
				"序號", "嚴重度", "工作表!儲存格", "問題說明", "修正方式");
		assertThat(receipt.pages()).isEqualTo(1);
	}

	@Test
	void theReminderListPrintsItsLabelsWhole() {
		PrintedPdf list = printed.get("reminders");
		list.assertPrintsWhole("填報期間", "提醒階段", "計算基準時間", "產生時間", "通知件數", "序號", "通知對象", "電子郵件", "通知方式", "通知事項",
				"機關代碼", "機關名稱", "狀態", "期限", "收件時間", "聯絡人", "聯絡電話");
		assertThat(list.pages()).isEqualTo(1);
	}

	@Test
	void theReviewFormIsAnnexTwoOnOnePage() {
		PrintedPdf review = printed.get("review");
		review.assertPrintsWhole("附件二", "審查意見表", "類別", "項目", "初擬意見", "審查意見", "建議事項", "評分", "審查人（簽章）", "審查日期");
		assertThat(review.page(1)).contains("資料截至：", "產製時間：");
		assertThat(review.pages()).isEqualTo(1);
	}

	@Test
	void theConsolidatedReportPrintsItsOwnSheetsOnAPageEachThenThePlanOnceThenTheOffices() {
		PrintedPdf report = printed.get("report MOJ-AEA");
		// 總表, 完成率圖, 實施要項對照 (legend included), 逾期及未繳 and 列管事項: a page each.
		assertThat(report.page(5)).as("列管事項, the last of the report's own sheets").contains("審查意見列管事項");
		assertThat(report.page(6)).as("the plan's sheet follows the report's own five").contains("計畫項目　");
		// Then the plan's items with their long texts, once for all 13 offices, then the offices' 附件一.
		int firstOffice = 6;
		while (!report.page(firstOffice).contains("法務部行政執行署臺北分署　104年第2季執行成果報告")) {
			assertThat(report.page(firstOffice)).as("page %d, the plan's items", firstOffice)
				.contains("具體推動作法", "完成期限", "承辦單位", "預期效益", "年度目標");
			firstOffice++;
		}
		assertThat(firstOffice - 6).as("pages of the plan's items").isBetween(1, MAX_PLAN_PAGES);
		// 45 pages before, at about 7 pt; 105 once every office printed the plan's texts beside its own at
		// 10 pt; 59 with the plan's texts once (two plans, 8 pages) and each office's whole 執行情形 (about
		// 1,800 characters, four pages an office); now an office prints in full only the items to be read
		// and its whole texts are in the annex 執行情形明細 (measured with LibreOffice 7.4).
		assertThat(report.pages()).isLessThanOrEqualTo(MAX_REPORT_PAGES);
		assertThat(report.text()).as("where the whole texts are").contains("見附件一之一「執行情形明細」（執行情形明細_MOJ-AEA_");
		report.assertPrintsWhole("附件一", "應繳機關數", "已繳機關數", "準時繳交", "逾期繳交", "未繳機關數", "繳交率", "準時率", "合計",
				"機關代碼", "機關名稱", "繳交狀態", "收件時間", "逾期時間", "項目數", "已完成", "執行中", "持續辦理", "未開始", "不適用", "落後進度",
				"逾期項目", "警告數", "完成率", "列管中", "考核評分", "累計列管", "本季已填辦理情形", "列管逾一季", "圖例", "預期效益", "累計辦理數量", "完成日期", "執行情形", "檢核", "電子郵件");
		for (int page = 1; page <= report.pages(); page++) {
			assertThat(report.page(page)).as("page %d", page)
				.contains("附件一")
				.contains("資料截至：104年7月20日 23:59:59")
				.contains("產製時間：")
				.contains("第 " + page + " 頁，共 " + report.pages() + " 頁");
		}
	}

	@Test
	void theAnnexPrintsEveryWordTheOfficesTypedUnderTheReportsHeader() throws Exception {
		PrintedPdf annex = printed.get("annex");
		annex.assertPrintsWhole("附件一之一", "執行情形明細", "項次", "項目", "執行狀態", "完成日期", "累計辦理數量", "年度目標", "執行情形", "備註");
		for (int page = 1; page <= annex.pages(); page++) {
			assertThat(annex.page(page)).as("page %d", page)
				.contains("附件一之一　執行情形明細")
				.contains("資料截至：104年7月20日 23:59:59")
				.contains("產製時間：")
				.contains("第 " + page + " 頁，共 " + annex.pages() + " 頁");
		}
		// Every office that submitted, every item's whole text: 臺北分署's 1.1 is settled (持續辦理, no warning),
		// so the report leaves it out, and the annex prints it whole.
		String whole = "本分署一樓為民服務中心設置服務台，由志工及替代役男輪值，主動引導洽公民眾取號、填寫申請書並提供業務諮詢，1至6月服務台受理諮詢計9,214人次。";
		assertThat(squeezed(annex.text())).contains(whole);
		assertThat(squeezed(printed.get("report MOJ-AEA").text())).doesNotContain(whole);
		assertThat(annex.text()).contains("法務部行政執行署新北分署（AEA-NTP）", "【本季未繳】");
		assertThat(annex.pages()).isLessThanOrEqualTo(MAX_ANNEX_PAGES);
	}

	/** The printed text without the line breaks wrapping puts in. */
	private static String squeezed(String text) {
		return text.replaceAll("\\s+", "");
	}

	@Test
	void theMatrixLegendSharesAPageWithTheMatrix() {
		PrintedPdf report = printed.get("report MOJ-AEA");
		for (int page = 1; page <= report.pages(); page++) {
			if (report.page(page).contains("圖例")) {
				assertThat(report.page(page)).as("the legend's page").contains("法務部行政執行署宜蘭分署", "100%");
			}
		}
	}

	@Test
	void anOfficeThatSentNothingPrintsOneLine() {
		PrintedPdf report = printed.get("report MOJ-AEA");
		List<Integer> pages = new ArrayList<>();
		for (int page = 1; page <= report.pages(); page++) {
			if (report.page(page).contains("【本季未繳】")) {
				pages.add(page);
				assertThat(report.page(page)).contains("繳交期限 104年7月10日").doesNotContain("具體推動作法");
			}
		}
		// 新竹分署 sent nothing, 桃園分署's sheet was refused and not corrected: a page each.
		assertThat(pages).hasSize(2);
	}

	@Test
	void theRollUpSaysWhatItCounts() {
		PrintedPdf report = printed.get("report MOJ");
		report.assertPrintsWhole("所屬機關彙總", "已完成＋持續辦理", "已繳機關項目數", "項目數含所有應繳機關（含未繳）之計畫項目");
		assertThat(report.smallestSize()).isGreaterThanOrEqualTo(SMALLEST);
	}

	private static final int MAX_REPORT_PAGES = 25;

	private static final int MAX_ANNEX_PAGES = 36;

	private static final int MAX_PLAN_PAGES = 9;

}
