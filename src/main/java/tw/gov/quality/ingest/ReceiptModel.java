package tw.gov.quality.ingest;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.WorkbookStyles;
import tw.gov.quality.validation.Finding;

import static tw.gov.quality.ingest.ReceiptContent.FINDING_COLUMNS;
import static tw.gov.quality.ingest.ReceiptContent.HEADER_ROW;
import static tw.gov.quality.ingest.ReceiptContent.SUMMARY_ROW;
import static tw.gov.quality.ingest.ReceiptContent.VALUE_FIRST_COLUMN;
import static tw.gov.quality.ingest.ReceiptContent.VALUE_WIDTH;
import static tw.gov.quality.ingest.ReceiptContent.WIDTHS;

/**
 * A receipt as a POI workbook: the reference of what {@link ReceiptPackage} streams, cell for cell, and
 * the sample it prepares its layout from. Slow: built once per writer, or in tests.
 */
final class ReceiptModel {

	private ReceiptModel() {
	}

	/** @param headerText the printed page header's text (a mark when the layout is prepared) */
	static XSSFWorkbook build(Receipt receipt, String headerText) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		WorkbookStyles styles = new WorkbookStyles(workbook);
		Sheet sheet = workbook.createSheet(ReceiptWriter.SHEET);
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		text(sheet.createRow(0), 0, ReceiptContent.titleOf(receipt), styles.title());
		summary(receipt, sheet, styles, workbook);
		findings(receipt, sheet, styles);
		PrintLayout.apply(sheet, HEADER_ROW, HEADER_ROW, headerText);
		PrintLayout.area(sheet, WIDTHS.length - 1, ReceiptContent.lastRow(receipt));
		return workbook;
	}

	private static void summary(Receipt receipt, Sheet sheet, WorkbookStyles styles, XSSFWorkbook workbook) {
		CellStyle value = workbook.createCellStyle();
		value.cloneStyleFrom(styles.label());
		value.setWrapText(true);
		value.setVerticalAlignment(VerticalAlignment.TOP);
		int r = SUMMARY_ROW;
		for (String[] pair : ReceiptContent.summary(receipt)) {
			Row row = sheet.createRow(r++);
			text(row, 0, pair[0], styles.label());
			text(row, VALUE_FIRST_COLUMN, pair[1], value);
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), VALUE_FIRST_COLUMN,
					WIDTHS.length - 1));
			row.setHeightInPoints(RowHeights.height(pair[1], VALUE_WIDTH));
		}
	}

	private static void findings(Receipt receipt, Sheet sheet, WorkbookStyles styles) {
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < FINDING_COLUMNS.size(); c++) {
			text(header, c, FINDING_COLUMNS.get(c), styles.header());
		}
		int r = HEADER_ROW + 1;
		if (receipt.findings().isEmpty()) {
			text(sheet.createRow(r), 0, ReceiptContent.NO_FINDINGS, styles.label());
		}
		int seq = 1;
		for (Finding finding : receipt.findings()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(seq++);
			row.getCell(0).setCellStyle(styles.number());
			String[] texts = ReceiptContent.findingTexts(finding);
			for (int c = 1; c < texts.length; c++) {
				text(row, c, texts[c], styles.text());
			}
			RowHeights.fit(row, WIDTHS);
		}
	}

	private static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return cell;
	}

}
