package tw.gov.quality.template;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.review.ReviewFormLayout;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.review.TrackedReplyLayout;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.WorkbookStyles;

import static tw.gov.quality.progress.ProgressSheetLayout.*;
import static tw.gov.quality.template.ProgressTemplateWriter.text;

/**
 * A template's sheets beside 進度回報: the 填寫說明, the 審查意見辦理情形 of outstanding tracked items, and the very
 * hidden {@code _identity} sheet (also as workbook names {@code QP_*}) that ingestion cross-checks.
 */
final class TemplateSheets {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private TemplateSheets() {
	}

	static void instructions(SXSSFWorkbook workbook, WorkbookStyles styles, ReportingPeriod period) {
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
	static void tracked(SXSSFWorkbook workbook, WorkbookStyles styles, Office office, ReportingPeriod period,
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

	static void identity(SXSSFWorkbook workbook, Office office, Plan plan, ReportingPeriod period,
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

}
