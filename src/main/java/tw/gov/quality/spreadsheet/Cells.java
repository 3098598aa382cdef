package tw.gov.quality.spreadsheet;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writing cells the same way everywhere. Text is always a string cell, never a formula, whatever it
 * starts with: what offices typed ("=HYPERLINK(…)", "+886-2-…") must print as typed and never run.
 */
public final class Cells {

	private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

	private static final String CUT = "…（以下省略）";

	private Cells() {
	}

	/** A string cell; {@code null} writes an empty cell with the style, text beyond Excel's limit is cut. */
	public static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(limited(value));
		}
		cell.setCellStyle(style);
		return cell;
	}

	/** The text as a cell holds it: cut, with a mark, beyond Excel's limit. */
	public static String limited(String value) {
		return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT - CUT.length()) + CUT : value;
	}

	/** A numeric cell; {@code null} writes an empty cell with the style. */
	public static Cell number(Row row, int column, Number value, CellStyle style) {
		Cell cell = row.createCell(column);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
		cell.setCellStyle(style);
		return cell;
	}

}
