package tw.gov.quality.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.ingest.IngestFixture;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.printing.PrintedPdf;
import tw.gov.quality.report.Consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * The 審查意見表 that carries tracked items (機關辦理情形 and the 列管決定 drop-down shown), printed as LibreOffice
 * prints it: 士林分署's 104年第3季 form with the three items its 104年第2季 review opened, two answered at length.
 * Like printing/PrintedOutputsTests: body at 10 pt or more, every header and label whole, 第 x 頁，共 y 頁.
 */
@IntegrationTest
@Tag("office")
class TrackedReviewFormPrintTests {

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

	@Test
	void aFormWithTrackedItemsPrintsEveryLabelWholeAtTenPointOrMore() throws Exception {
		PrintedPdf.requireOffice();
		PrintedPdf form = PrintedPdf.of(trackedForm());

		assertThat(form.smallestSize()).as(form.file().toString()).isGreaterThanOrEqualTo(10f);
		form.assertPrintsWhole("附件二", "審查意見表", "類別", "項目", "初擬意見", "審查意見", "建議事項", "列管", "機關辦理情形", "列管決定",
				"列管事項", "104年第2季列管（1.3）", "評分", "審查人（簽章）", "審查日期");
		// On paper the drop-down does not show: the note says what to write.
		form.assertPrintsWhole("列管事項請於「列管決定」寫明解除列管或繼續列管。");
		// The offices' replies, long ones too, print in full.
		form.assertPrintsWhole("已於9月補辦2場，並將宣導對象擴及社區發展協會與在地志工團體，另附場次紀錄與照片供參。");
		assertThat(form.page(1)).contains("資料截至：", "產製時間：");
		for (int page = 1; page <= form.pages(); page++) {
			assertThat(form.page(page)).contains("第 " + page + " 頁，共 " + form.pages() + " 頁");
		}
		assertThat(form.pages()).isBetween(1, 2);
	}

	/** Q2 returned with three tracked opinions, the Q3 sheet answering two, the Q3 form consolidated. */
	private Path trackedForm() throws Exception {
		Path q2Form = ReviewLoop.reviewFormsFor(jdbc, folders, jobs, ingestJob, offices, plans, consolidation, "AEA-SHL");
		IngestFixture inbox = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
		Path dropped;
		try (FilledReviewForm filled = new FilledReviewForm(q2Form)) {
			filled.opinion("I:1.3", "1.3 進度落後，上半年僅辦理 1 場。", "請補足辦理場次，並擴大宣導對象。")
				.opinion("S1", "宣導對象偏少，集中於機關內部同仁。", null)
				.write("S1", TRACK, "列管")
				.opinion(OVERALL_KEY, "整體執行尚可，惟部分項目落後，請加強管考。", "請提出落後項目的改善計畫與時程。")
				.signed("王審查", "104/7/17");
			dropped = filled.saveAs(inbox.inbox("MOJ-AEA", "q2.xlsx"));
		}
		IngestFixture.touch(dropped, LocalDateTime.of(2015, 7, 18, 9, 0));
		inbox.ingest();
		List<TrackedItem> outstanding = tracked.outstanding("AEA-SHL", TrackedItemsLoopTests.Q3);
		assertThat(outstanding).hasSize(3);
		inbox.dropSheetWithReplies("AEA-SHL", TrackedItemsLoopTests.Q3, LocalDateTime.of(2015, 10, 5, 10, 0), outstanding,
				Map.of(outstanding.get(0).id(), "已於9月補辦2場，並將宣導對象擴及社區發展協會與在地志工團體，另附場次紀錄與照片供參。",
						outstanding.get(2).id(), "已訂定改善計畫，落後項目於第4季前完成，並由主任行政執行官每月追蹤。"));
		inbox.ingest();
		Consolidation.Result result = consolidation.consolidate(TrackedItemsLoopTests.Q3, "MOJ-AEA",
				LocalDateTime.of(2015, 10, 15, 9, 0));
		assertThat(result.completed()).isTrue();
		Path form = Path.of(result.folders().get(0)).resolve("審查意見表_AEA-SHL_104年第3季.xlsx");
		// A copy under a name of its own: LibreOffice writes the PDF beside it, by base name.
		Path copy = folders.output().resolve("print-check").resolve("review-tracked.xlsx");
		Files.createDirectories(copy.getParent());
		return Files.copy(form, copy, StandardCopyOption.REPLACE_EXISTING);
	}

}
