package tw.gov.quality.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.spreadsheet.SameSheets;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.review.ReviewFormLayout.*;
import static tw.gov.quality.report.Workbooks.assertNoFormulas;
import static tw.gov.quality.report.Workbooks.assertPrintReady;
import static tw.gov.quality.report.Workbooks.text;

class ReviewFormWriterTests {

	private static final int DRAFT_COLUMN = COLUMNS.indexOf(DRAFT);

	@TempDir
	Path folder;

	private XSSFWorkbook write(OfficeReport office) throws Exception {
		Path file = folder.resolve("review-" + office.office().code() + ".xlsx");
		new ReviewFormWriter(Reports.WRITTEN_AT).write(Reports.report(), office, file);
		return Workbooks.open(file);
	}

	/** What a reader of the filled-in form would do: key → drafted finding, in sheet order. */
	private static Map<String, Row> rowsByKey(XSSFSheet sheet) {
		Map<String, Row> rows = new LinkedHashMap<>();
		for (int r = ReviewFormWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && text(row.getCell(KEY_COLUMN)) != null) {
				rows.put(text(row.getCell(KEY_COLUMN)), row);
			}
		}
		return rows;
	}

	@Test
	void oneRowPerStrategyAndPerFlaggedItemEachWithItsKey() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.onTime())) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			assertThat(text(sheet.getRow(0).getCell(1))).isEqualTo("法務部行政執行署　107年第2季提升服務品質執行成果審查意見表（附件二）");
			assertThat(text(sheet.getRow(1).getCell(1))).isEqualTo("受審機關：臺北分署（A01）");
			assertThat(text(sheet.getRow(2).getCell(1))).isEqualTo("審查期間：107年第2季（107年1月至6月）　審查機關：法務部行政執行署");
			Row header = sheet.getRow(ReviewFormWriter.HEADER_ROW);
			for (int c = 0; c < COLUMNS.size(); c++) {
				assertThat(text(header.getCell(c))).isEqualTo(COLUMNS.get(c));
			}

			Map<String, Row> rows = rowsByKey(sheet);
			// 1.2 has no description, 1.3 is behind pace, 2.1 is past its deadline; 5.2 not started is no flag.
			assertThat(rows.keySet()).containsExactly("S1", "I:1.2", "I:1.3", "S2", "I:2.1", "S3", "S4", "S5", OVERALL_KEY,
					SCORE_KEY, REVIEWER_KEY, REVIEW_DATE_KEY);
			assertThat(draft(rows, "S1")).isEqualTo("本要項 3 項：已完成 1、執行中 1、持續辦理 1、落後 1；完成率 67%");
			assertThat(draft(rows, "S2")).isEqualTo("本要項 1 項：執行中 1、逾期 1；完成率 0%");
			assertThat(draft(rows, "S4")).isEqualTo("本要項 1 項：不適用 1");
			assertThat(draft(rows, "I:1.3")).isEqualTo("項次 1.3 累計 1次，落後進度（年度目標 4次，至第 2 季應達 2次）。");
			assertThat(draft(rows, "I:1.2")).isEqualTo("項次 1.2 的執行情形空白。");
			assertThat(draft(rows, "I:2.1")).contains("完成期限「107年3月」已過");
			assertThat(draft(rows, OVERALL_KEY)).isEqualTo("本季準時繳交；計畫項目 8 項，完成率 57%；落後進度 1 項、逾期 1 項。");
			assertThat(text(rows.get("S1").getCell(2))).isEqualTo("一、提升服務品質，深化服務績效");
			assertThat(text(rows.get("I:1.3").getCell(1))).isEqualTo("項目");
			assertThat(text(rows.get("I:1.3").getCell(2))).startsWith("1.3 聯合企業");
			assertThat(text(rows.get(REVIEWER_KEY).getCell(1))).isEqualTo("審查人（簽章）");
			assertThat(text(rows.get(SCORE_KEY).getCell(1))).isEqualTo("評分");
			assertThat(text(rows.get(REVIEW_DATE_KEY).getCell(1))).isEqualTo("審查日期");

			assertThat(sheet.isColumnHidden(KEY_COLUMN)).isTrue();
			assertNoFormulas(workbook);
		}
	}

	@Test
	void anOfficeThatSentNothingIsFlaggedAsAWhole() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.missing())) {
			Map<String, Row> rows = rowsByKey(workbook.getSheet(SHEET));
			assertThat(rows.keySet()).containsExactly(OFFICE_KEY, "S1", "S2", "S3", "S4", "S5", OVERALL_KEY, SCORE_KEY,
					REVIEWER_KEY, REVIEW_DATE_KEY);
			assertThat(draft(rows, OFFICE_KEY))
				.isEqualTo("本季未繳執行成果報告（繳交期限 107年7月10日 17:00:00），已逾 10天16小時（至產製時）。");
			assertThat(draft(rows, "S1")).isEqualTo("本要項 3 項：本季未繳");
			assertThat(draft(rows, OVERALL_KEY)).isEqualTo("本季未繳，無執行成果可供審查。");
		}
	}

	@Test
	void aLateOfficeIsFlaggedWithHowLate() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.late())) {
			Map<String, Row> rows = rowsByKey(workbook.getSheet(SHEET));
			assertThat(rows.keySet()).containsExactly(OFFICE_KEY, "S1", "I:1.1.1", "S2", "S3", "S5", OVERALL_KEY, SCORE_KEY,
					REVIEWER_KEY, REVIEW_DATE_KEY);
			assertThat(draft(rows, OFFICE_KEY)).startsWith("逾期 2天3小時 始繳交");
			assertThat(draft(rows, "I:1.1.1")).contains("落後進度");
		}
	}

	@Test
	void onlyTheReviewersCellsAndTheDraftsAreUnlockedOnAProtectedSheet() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.onTime())) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.getCTWorksheet().getSheetProtection().getFormatRows()).as("rows may be resized").isFalse();
			for (int r = 0; r <= ReviewFormWriter.HEADER_ROW; r++) {
				Row row = sheet.getRow(r);
				row.forEach(cell -> assertThat(cell.getCellStyle().getLocked()).as(cell.getAddress().toString()).isTrue());
			}
			Map<String, Row> rows = rowsByKey(sheet);
			for (Map.Entry<String, Row> entry : rows.entrySet()) {
				Row row = entry.getValue();
				boolean signOff = List.of(SCORE_KEY, REVIEWER_KEY, REVIEW_DATE_KEY).contains(entry.getKey());
				assertThat(locked(row, KEY_COLUMN)).as(entry.getKey() + " key").isTrue();
				assertThat(locked(row, 1)).as(entry.getKey() + " category").isTrue();
				assertThat(locked(row, 2)).as(entry.getKey() + " subject").isTrue();
				for (String column : List.of(DRAFT, OPINION, SUGGESTION)) {
					assertThat(locked(row, COLUMNS.indexOf(column))).as(entry.getKey() + " " + column).isFalse();
				}
				if (signOff) {
					assertThat(sheet.getMergedRegions()).contains(
							new CellRangeAddress(row.getRowNum(), row.getRowNum(), DRAFT_COLUMN, COLUMNS.size() - 1));
				}
			}
		}
	}

	@Test
	void identityIsVeryHiddenWithWhoseFormItIs() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.late())) {
			int index = workbook.getSheetIndex(IDENTITY_SHEET);
			assertThat(index).isEqualTo(1);
			assertThat(IDENTITY_SHEET).isEqualTo("_identity");
			assertThat(workbook.getSheetVisibility(index)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			XSSFSheet identity = workbook.getSheetAt(index);
			assertThat(identity.getProtect()).isTrue();
			Map<String, String> values = new LinkedHashMap<>();
			identity.forEach(row -> values.put(text(row.getCell(0)), text(row.getCell(1))));
			assertThat(values).containsExactly(Map.entry(ID_FORM, FORM), Map.entry(ID_SUPERVISOR_CODE, "MOJ-AEA"),
					Map.entry(ID_OFFICE_CODE, "A02"), Map.entry(ID_ROC_YEAR, "107"), Map.entry(ID_QUARTER, "2"),
					Map.entry(ID_GENERATED_AT, "2018-07-21T09:30:00"));
			Name office = workbook.getName("QR_OFFICE_CODE");
			assertThat(office.getRefersToFormula()).isEqualTo("'_identity'!$B$3");
			assertThat(workbook.getActiveSheetIndex()).isZero();
		}
	}

	@Test
	void printsOnA4LandscapeWithTheHeaderRowRepeated() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.onTime())) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			assertPrintReady(sheet, "臺北分署　107年第2季執行成果審查意見表　附件二", Reports.STAMP);
			assertThat(sheet.getRepeatingRows())
				.isEqualTo(new CellRangeAddress(ReviewFormWriter.HEADER_ROW, ReviewFormWriter.HEADER_ROW, -1, -1));
		}
	}

	/** Every property of the form POI builds holds for the streamed one: values, looks, heights, drop-downs, print set-up. */
	@Test
	void theStreamedFormIsTheOnePoiBuilds() throws Exception {
		OfficeReport onTime = Reports.onTime();
		OfficeReport tracking = new OfficeReport(onTime.office(), onTime.state(), onTime.plan(), onTime.receivedAt(),
				onTime.late(), onTime.deadline(), onTime.items(), onTime.submissionId(),
				List.of(new TrackedItem(42, "A01", "1.3", TrackedItem.OPINION, "A&B <x> \"引號\"", "請改善\n第二行".repeat(20),
						new ReportingPeriod(107, 1), null, "已改善 控制\u0001字元", LocalDate.of(2018, 7, 1), "上次意見 <仍須> & 追蹤"),
						new TrackedItem(43, "A01", null, TrackedItem.OPINION, null, "全機關", new ReportingPeriod(106, 4), null,
								null, null, null)),
				null);
		for (OfficeReport office : List.of(onTime, Reports.late(), Reports.missing(), tracking)) {
			// POI's model, not its saved file: POI saves a control character as "?" (the streamed form keeps it,
			// escaped) and a typed "_x0041_" unescaped, so that it reads back as "A" (the streamed form escapes it).
			try (XSSFWorkbook got = write(office);
					XSSFWorkbook want = ReviewFormWriter.model(Reports.report(), office, Reports.WRITTEN_AT)) {
				assertThat(got.getNumberOfSheets()).isEqualTo(want.getNumberOfSheets());
				assertThat(got.getStylesSource().getNumCellStyles()).isEqualTo(want.getStylesSource().getNumCellStyles());
				assertThat(got.getSheetVisibility(1)).isEqualTo(want.getSheetVisibility(1));
				assertThat(got.getAllNames()).map(Name::getNameName).containsExactlyInAnyOrderElementsOf(
						want.getAllNames().stream().map(Name::getNameName).toList());
				for (Name name : want.getAllNames()) {
					assertThat(got.getName(name.getNameName()).getRefersToFormula()).isEqualTo(name.getRefersToFormula());
				}
				assertThat(got.getPrintArea(0)).isEqualTo(want.getPrintArea(0));
				for (int s = 0; s < want.getNumberOfSheets(); s++) {
					assertSameSheet(got.getSheetAt(s), want.getSheetAt(s));
				}
			}
		}
	}

	private static void assertSameSheet(XSSFSheet got, XSSFSheet want) {
		SameSheets.assertSameSheet(got, want, COLUMNS.size());
		assertThat(got.getProtect()).isEqualTo(want.getProtect());
		assertThat(got.getPaneInformation() == null).isEqualTo(want.getPaneInformation() == null);
		assertThat(got.getMergedRegions()).containsExactlyElementsOf(want.getMergedRegions());
		assertThat(got.getDataValidations()).hasSameSizeAs(want.getDataValidations());
		for (int v = 0; v < want.getDataValidations().size(); v++) {
			var expected = want.getDataValidations().get(v);
			var actual = got.getDataValidations().get(v);
			assertThat(actual.getRegions().getCellRangeAddresses())
				.containsExactly(expected.getRegions().getCellRangeAddresses());
			assertThat(actual.getValidationConstraint().getExplicitListValues())
				.containsExactly(expected.getValidationConstraint().getExplicitListValues());
			assertThat(actual.getPromptBoxText()).isEqualTo(expected.getPromptBoxText());
		}
	}

	private static String draft(Map<String, Row> rows, String key) {
		return text(rows.get(key).getCell(DRAFT_COLUMN));
	}

	private static boolean locked(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null || cell.getCellStyle().getLocked();
	}

}
