package tw.gov.quality.template;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.Target;
import tw.gov.quality.review.ReviewFormLayout;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.review.TrackedReplyLayout;
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

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

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
			writeInstructions(workbook, styles, period);
			if (!tracked.isEmpty()) {
				writeTracked(workbook, styles, office, period, tracked);
			}
			writeIdentity(workbook, office, plan, period, generatedAt);
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

	private void writeInstructions(SXSSFWorkbook workbook, WorkbookStyles styles, ReportingPeriod period) {
		Sheet sheet = workbook.createSheet(INSTRUCTIONS_SHEET);
		int width = 100;
		sheet.setColumnWidth(0, width * 256);
		CellStyle wrapped = workbook.createCellStyle();
		wrapped.cloneStyleFrom(styles.label());
		wrapped.setWrapText(true);
		List<String> lines = List.of("填寫說明", "一、本表由系統依貴機關" + period.rocYear() + "年度執行計畫產生，每一列為計畫中的一個項目。",
				"二、請填寫黃色欄位：執行狀態、累計辦理數量、完成日期、執行情形、備註；灰色與白色欄位請勿修改。",
				"三、填報範圍為" + period.coverage() + "的累計辦理情形（第" + period.quarter() + "季），數量請填自年初起的累計數，不可少於上季已報數量。",
				"四、執行狀態請從下拉選單選擇：" + String.join("、", STATUSES) + "。",
				"五、狀態為「已完成」者，請填完成日期（例如 " + period.rocYear() + "/3/5 或 " + period.adYear() + "-03-05），日期須在計畫年度內。",
				"六、狀態為「不適用」者，請在備註說明原因。", "七、「執行情形」請具體描述本期辦理內容，勿直接沿用上季文字。",
				"八、請於表頭填寫填報人、聯絡電話與填報日期；機關代碼、計畫年度與季別請勿修改。",
				"九、完成後請將檔案存入貴機關的上傳資料夾；系統會回覆回執，說明收件結果與需要修正之處。",
				"十、可用 Excel、LibreOffice Calc 或國家發展委員會 ODF 文書軟體編輯，存成 .xlsx、.xls 或 .ods 皆可。");
		for (int i = 0; i < lines.size(); i++) {
			Row row = sheet.createRow(i);
			text(row, 0, lines.get(i), i == 0 ? styles.title() : wrapped);
			if (i > 0) {
				row.setHeightInPoints(RowHeights.height(lines.get(i), width));
			}
		}
		PrintLayout.apply(sheet, -1, -1, INSTRUCTIONS_SHEET);
		PrintLayout.area(sheet, 0, lines.size() - 1);
	}

	/**
	 * One row per outstanding tracked item: the opinion and the supervisor's latest remark locked, 辦理情形 and
	 * 辦理日期 for the office.
	 */
	private void writeTracked(SXSSFWorkbook workbook, WorkbookStyles styles, Office office, ReportingPeriod period,
			List<TrackedItem> tracked) {
		SXSSFSheet sheet = workbook.createSheet(TrackedReplyLayout.SHEET);
		int[] widths = { 8, 12, 8, 34, 34, 30, 44, 12 };
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		sheet.setColumnHidden(0, true);
		text(sheet.createRow(0), 1, office.name() + "　審查意見辦理情形（" + period.label() + "填報）", styles.title());
		text(sheet.createRow(1), 1, "以下為上級機關審查意見列管中的事項，請於黃色欄位填寫本季辦理情形與辦理日期；解除列管前每季均須填報。",
				styles.label());
		int headerRow = 3;
		Row header = sheet.createRow(headerRow);
		List<String> columns = TrackedReplyLayout.COLUMNS;
		for (int c = 0; c < columns.size(); c++) {
			text(header, c, columns.get(c), styles.header());
		}
		int r = headerRow + 1;
		for (TrackedItem item : tracked) {
			Row row = sheet.createRow(r++);
			text(row, 0, ReviewFormLayout.trackedKey(item.id()), styles.text());
			text(row, 1, item.opened().label(), styles.text());
			text(row, 2, item.itemLabel(), styles.text());
			text(row, 3, item.subject() == null ? "" : item.subject(), styles.text());
			text(row, 4, item.request(), styles.text());
			text(row, 5, item.remark() == null ? "" : item.remark(), styles.text());
			row.createCell(6).setCellStyle(styles.input());
			row.createCell(7).setCellStyle(styles.inputDate());
			RowHeights.fit(row, widths);
		}
		PrintLayout.apply(sheet, headerRow, headerRow, office.name() + "　" + TrackedReplyLayout.SHEET);
		sheet.lockFormatRows(false);
		sheet.protectSheet("");
	}

	private void writeIdentity(SXSSFWorkbook workbook, Office office, Plan plan, ReportingPeriod period,
			LocalDateTime generatedAt) {
		Sheet sheet = workbook.createSheet(IDENTITY_SHEET);
		String[][] values = { { ID_OFFICE_CODE, office.code() }, { ID_ROC_YEAR, String.valueOf(period.rocYear()) },
				{ ID_QUARTER, String.valueOf(period.quarter()) },
				{ ID_PLAN, plan.officeCode() + "/" + plan.rocYear() }, { ID_GENERATED_AT, STAMP.format(generatedAt) } };
		for (int i = 0; i < values.length; i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(values[i][0]);
			row.createCell(1).setCellValue(values[i][1]);
			Name name = workbook.createName();
			name.setNameName("QP_" + values[i][0].toUpperCase());
			name.setRefersToFormula("'" + IDENTITY_SHEET + "'!$B$" + (i + 1));
		}
		sheet.protectSheet("");
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	private static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return cell;
	}

}
