package tw.gov.quality.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.review.ReviewFormLayout;
import tw.gov.quality.spreadsheet.Cells;
import tw.gov.quality.spreadsheet.PrintLayout;

import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * A review form as a POI workbook: the reference of what {@link ReviewFormWriter} streams (its tests compare the
 * two cell for cell), and the layout it streams into. Only the reviewer's cells and the drafts are unlocked; keys and
 * identity let a filled-in form be read back (see {@link ReviewFormLayout}).
 *
 * @param styles the number POI gave each look's style
 */
record ReviewFormModel(XSSFWorkbook workbook, Map<ReviewFormLines.Look, Integer> styles) {

	static ReviewFormModel build(ReviewFormContent form) {
		// One office's form is a screenful or two.
		XSSFWorkbook workbook = new XSSFWorkbook();
		Map<ReviewFormLines.Look, CellStyle> looks = looks(new ReportStyles(workbook));
		XSSFSheet sheet = workbook.createSheet(SHEET);
		int[] widths = ReviewFormLines.widths(form.tracking());
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, Math.max(widths[c], 8) * 256);
			sheet.setColumnHidden(c, widths[c] == 0);
		}
		sheet.setColumnHidden(KEY_COLUMN, true);
		for (ReviewFormLines.Line line : form.lines()) {
			Row row = sheet.createRow(line.row());
			for (ReviewFormLines.Cell cell : line.cells()) {
				Cells.text(row, cell.column(), cell.text(), looks.get(cell.look()));
			}
			if (line.height() != null) {
				row.setHeightInPoints(line.height());
			}
		}
		addDropDown(sheet, form.track(), TRACK_CHOICES, "列管", "有建議事項者自動列管；無建議事項而需列管者，請選「列管」");
		if (form.decision() != null) {
			addDropDown(sheet, form.decision(), List.of(CLOSE, KEEP), DECISION,
					"請選擇「" + CLOSE + "」或「" + KEEP + "」；未選擇者繼續列管");
		}
		form.merges().forEach(sheet::addMergedRegion);
		sheet.createFreezePane(0, ReviewFormContent.HEADER_ROW + 1);
		PrintLayout.apply(sheet, ReviewFormContent.HEADER_ROW, ReviewFormContent.HEADER_ROW, form.headerLeft(),
				form.headerRight());
		PrintLayout.area(sheet, widths.length - 1, form.lastRow());
		// Rows may still be resized, so a long opinion can be shown in full on a protected sheet.
		sheet.lockFormatRows(false);
		sheet.protectSheet("");
		writeIdentity(workbook, form.identity());
		workbook.setActiveSheet(0);
		Map<ReviewFormLines.Look, Integer> indexes = new EnumMap<>(ReviewFormLines.Look.class);
		looks.forEach((look, style) -> indexes.put(look, (int) style.getIndex()));
		return new ReviewFormModel(workbook, indexes);
	}

	private static Map<ReviewFormLines.Look, CellStyle> looks(ReportStyles styles) {
		Map<ReviewFormLines.Look, CellStyle> looks = new EnumMap<>(ReviewFormLines.Look.class);
		looks.put(ReviewFormLines.Look.TITLE, styles.title());
		looks.put(ReviewFormLines.Look.LABEL, styles.label());
		looks.put(ReviewFormLines.Look.NOTE, styles.note());
		looks.put(ReviewFormLines.Look.HEADER, styles.header());
		looks.put(ReviewFormLines.Look.TEXT, styles.text());
		looks.put(ReviewFormLines.Look.SECTION, styles.section());
		looks.put(ReviewFormLines.Look.INPUT, styles.base().input());
		looks.put(ReviewFormLines.Look.SIGN_LABEL, styles.signLabel());
		return looks;
	}

	private static void addDropDown(Sheet sheet, ReviewFormLines.Rows rows, List<String> choices, String title,
			String prompt) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		CellRangeAddress range = rows.range();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(choices.toArray(String[]::new)),
				new CellRangeAddressList(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
						range.getLastColumn()));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(title, "請從下拉選單選擇：" + String.join("、", choices));
		validation.setShowPromptBox(true);
		validation.createPromptBox(title, prompt);
		sheet.addValidationData(validation);
	}

	/** Whose form it is, in a very hidden sheet and as names QR_*. */
	private static void writeIdentity(XSSFWorkbook workbook, List<String[]> identity) {
		Sheet sheet = workbook.createSheet(IDENTITY_SHEET);
		for (int i = 0; i < identity.size(); i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(identity.get(i)[0]);
			row.createCell(1).setCellValue(identity.get(i)[1]);
			Name name = workbook.createName();
			name.setNameName("QR_" + identity.get(i)[0].toUpperCase(java.util.Locale.ROOT));
			name.setRefersToFormula("'" + IDENTITY_SHEET + "'!$B$" + (i + 1));
		}
		sheet.protectSheet("");
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

}
