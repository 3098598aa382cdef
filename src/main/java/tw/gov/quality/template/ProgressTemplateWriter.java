package tw.gov.quality.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.Target;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.WorkbookFiles;
import tw.gov.quality.spreadsheet.WorkbookStyles;

import static tw.gov.quality.progress.ProgressSheetLayout.*;

/** Writes one office's pre-filled progress sheet for a quarter, streamed with SXSSF. */
public class ProgressTemplateWriter {

	static final int HEADER_ROW = 9;

	private static final List<String> COLUMNS = new ArrayList<>();

	/**
	 * Column widths in characters, within {@link PrintLayout#PRINTED_WIDTH} so that the sheet prints one page
	 * wide with its body at 10 pt or more; long texts wrap and their rows grow.
	 */
	private static final int[] WIDTHS = { 8, 8, 20, 7, 8, 8, 6, 6, 8, 6, 10, 18, 6 };

	/** A metadata input spans B:C, wide enough for a name or a phone number typed in full. */
	private static final int VALUE_LAST_COLUMN = 2;

	static {
		COLUMNS.addAll(READ_ONLY_COLUMNS);
		COLUMNS.addAll(INPUT_COLUMNS);
	}

	public void write(Office office, Plan plan, ReportingPeriod period, Map<String, PreviousFigure> previous,
			LocalDateTime generatedAt, Path target) throws IOException {
		write(office, plan, period, previous, List.of(), generatedAt, target);
	}

	/** @param tracked the office's 列管事項 outstanding for the period: a sheet 審查意見辦理情形 when there are any */
	public void write(Office office, Plan plan, ReportingPeriod period, Map<String, PreviousFigure> previous,
			List<TrackedItem> tracked, LocalDateTime generatedAt, Path target) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			SXSSFSheet sheet = workbook.createSheet(SHEET);
			writeMetadata(sheet, styles, office, plan, period);
			writeItems(sheet, styles, plan, previous);
			int lastRow = HEADER_ROW + plan.items().size();
			addStatusDropDown(sheet, lastRow);
			PrintLayout.apply(sheet, HEADER_ROW, HEADER_ROW, office.name() + "　" + period.label() + "執行進度回報");
			PrintLayout.area(sheet, WIDTHS.length - 1, lastRow);
			sheet.createFreezePane(3, HEADER_ROW + 1);
			// Rows may be resized under protection: what an office types into 執行情形 can be shown, and
			// printed, in full (Excel: double-click the row border; LibreOffice: optimal row height).
			sheet.lockFormatRows(false);
			sheet.protectSheet("");
			TemplateSheets.instructions(workbook, styles, period);
			if (!tracked.isEmpty()) {
				TemplateSheets.tracked(workbook, styles, office, period, tracked);
			}
			TemplateSheets.identity(workbook, office, plan, period, generatedAt);
			workbook.setActiveSheet(0);
			WorkbookFiles.write(workbook, target);
		}
	}

	private void writeMetadata(Sheet sheet, WorkbookStyles styles, Office office, Plan plan, ReportingPeriod period) {
		text(sheet.createRow(0), 0,
				office.name() + " " + plan.title() + "　" + period.label() + "執行進度回報表",
				styles.title());
		String[][] pairs = { { OFFICE_CODE, office.code() }, { OFFICE_NAME, office.name() },
				{ YEAR, String.valueOf(period.rocYear()) }, { QUARTER, String.valueOf(period.quarter()) },
				{ REPORTER, null }, { PHONE, null }, { REPORT_DATE, null } };
		for (int i = 0; i < pairs.length; i++) {
			Row row = sheet.createRow(i + 1);
			text(row, 0, pairs[i][0], styles.label());
			if (pairs[i][1] == null) {
				for (int c = 1; c <= VALUE_LAST_COLUMN; c++) {
					row.createCell(c).setCellStyle(styles.input());
				}
				sheet.addMergedRegion(new CellRangeAddress(i + 1, i + 1, 1, VALUE_LAST_COLUMN));
			}
			else {
				// Read-only values are not wrapped: a long office name runs on over the empty cells beside it.
				text(row, 1, pairs[i][1], styles.label());
			}
		}
		text(sheet.createRow(HEADER_ROW - 1), 0,
				"本季填報範圍：" + period.coverage() + "之累計辦理情形。黃色欄位請填寫，其餘欄位請勿修改；列高可調整以顯示完整內容。",
				styles.label());
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
	}

	private void writeItems(Sheet sheet, WorkbookStyles styles, Plan plan, Map<String, PreviousFigure> previous) {
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(header, c, COLUMNS.get(c), styles.header());
		}
		// Headers wrap in their narrow columns (上季累計數量 over two or three lines): the row grows with them.
		RowHeights.fit(header, WIDTHS);
		int r = HEADER_ROW + 1;
		for (PlanItem item : plan.items()) {
			Row row = sheet.createRow(r++);
			PreviousFigure before = previous.get(item.code());
			List<String> readOnly = List.of(item.code(), plan.strategy(item.strategy()).label(), item.actionText(),
					item.deadline().text(), item.unitsText(), target(item.target()),
					before == null || before.cumulative() == null ? "" : before.cumulative().toPlainString(),
					before == null || before.status() == null ? "" : before.status());
			for (int c = 0; c < readOnly.size(); c++) {
				text(row, c, readOnly.get(c), styles.text());
			}
			// Input cells carry only their style: an empty string value would sit beside what a tool types.
			int c = readOnly.size();
			row.createCell(c++).setCellStyle(styles.input());
			row.createCell(c++).setCellStyle(styles.inputNumber());
			row.createCell(c++).setCellStyle(styles.inputDate());
			row.createCell(c++).setCellStyle(styles.input());
			row.createCell(c).setCellStyle(styles.input());
			RowHeights.fit(row, WIDTHS);
		}
	}

	static String target(Target target) {
		return target == null ? "" : target.labelWithAnnual();
	}

	private void addStatusDropDown(Sheet sheet, int lastRow) {
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(STATUSES.toArray(String[]::new));
		int column = COLUMNS.indexOf(STATUS);
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(HEADER_ROW + 1, Math.max(HEADER_ROW + 1, lastRow), column, column));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox("執行狀態", "請從下拉選單選擇：" + String.join("、", STATUSES));
		validation.setShowPromptBox(true);
		validation.createPromptBox("執行狀態", "請選擇：" + String.join("、", STATUSES));
		sheet.addValidationData(validation);
	}

	static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return cell;
	}

}
