package tw.gov.quality.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;

import static tw.gov.quality.spreadsheet.Cells.text;

/** What the report's own sheets (in front of the office sheets) share: widths, a header row, the page set-up. */
final class FrontSheets {

	private FrontSheets() {
	}

	/** A new sheet with its column widths (in characters). */
	static SXSSFSheet create(SXSSFWorkbook workbook, String name, int[] widths) {
		SXSSFSheet sheet = workbook.createSheet(name);
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		return sheet;
	}

	/** The table's header row, as tall as its longest wrapped label. */
	static Row header(Sheet sheet, int row, List<String> columns, int[] widths, ReportStyles styles) {
		Row header = sheet.createRow(row);
		for (int c = 0; c < columns.size(); c++) {
			text(header, c, columns.get(c), styles.header());
		}
		RowHeights.fit(header, widths);
		return header;
	}

	/** Prints columns 0..{@code lastColumn}, rows 0..{@code lastRow}, the header row on every page. */
	static void print(Sheet sheet, SupervisorReport report, String stamp, int headerRow, int lastColumn, int lastRow) {
		PrintLayout.area(sheet, lastColumn, lastRow);
		PrintLayout.apply(sheet, headerRow, headerRow, ConsolidatedWorkbookWriter.headerLeft(report), stamp);
	}

}
