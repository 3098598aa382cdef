package tw.gov.quality.spreadsheet;

import java.util.function.IntUnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Streaming writers cannot measure text, and Excel does not grow a written row for wrapped text, so
 * the height is estimated: a CJK character is two columns wide.
 */
public final class RowHeights {

	/** 11 pt CJK text needs a little more than 15 pt a line, or its lower strokes are cut off. */
	private static final float LINE_POINTS = 16f;

	/**
	 * The cell's own top and bottom margin: without it the third line of a header wrapped over three
	 * lines is clipped at its foot when LibreOffice prints it.
	 */
	private static final float PADDING_POINTS = 2f;

	private RowHeights() {
	}

	public static void fit(Row row) {
		fit(row, column -> row.getSheet().getColumnWidth(column) / 256);
	}

	/**
	 * The same, with the column widths (in characters, as given to {@code setColumnWidth(c, w * 256)})
	 * the writer already knows: asking the sheet costs an XML lookup per cell, which adds up over
	 * thousands of rows.
	 */
	public static void fit(Row row, int[] widths) {
		fit(row, column -> column < widths.length ? widths[column] : row.getSheet().getColumnWidth(column) / 256);
	}

	private static void fit(Row row, IntUnaryOperator widthOf) {
		int lines = 1;
		for (Cell cell : row) {
			if (cell.getCellType() != CellType.STRING) {
				continue;
			}
			int widthChars = Math.max(1, widthOf.applyAsInt(cell.getColumnIndex()) - 1);
			lines = Math.max(lines, linesOf(cell.getStringCellValue(), widthChars));
		}
		row.setHeightInPoints(Math.min(409f, lines * LINE_POINTS + PADDING_POINTS));
	}

	/**
	 * The height for {@code text} wrapped in a cell (or merged cells) {@code widthChars} wide, at least one
	 * line: for text that spans columns, where {@link #fit(Row)} would measure the first column only.
	 */
	public static float height(String text, int widthChars) {
		return Math.min(409f, linesOf(text == null ? "" : text, Math.max(1, widthChars - 1)) * LINE_POINTS + PADDING_POINTS);
	}

	/**
	 * The height {@link #fit} gives a row of these texts, without building the row: for writers that
	 * write a sheet's XML themselves.
	 *
	 * @param texts each column's text; {@code null} for a column without text
	 * @param widths the columns' widths in characters
	 */
	public static float points(String[] texts, int[] widths) {
		int lines = 1;
		for (int column = 0; column < texts.length; column++) {
			if (texts[column] != null) {
				lines = Math.max(lines, linesOf(texts[column], Math.max(1, widths[column] - 1)));
			}
		}
		return Math.min(409f, lines * LINE_POINTS + PADDING_POINTS);
	}

	/** Lines of {@code text} wrapped at {@code widthChars}: a CJK character counts two, each paragraph one line at least. */
	static int linesOf(String text, int widthChars) {
		int lines = 0;
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				lines += Math.max(1, (width + widthChars - 1) / widthChars);
				width = 0;
			}
			else if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
				// A surrogate pair is one code point beyond U+FFFF: counted once, wide.
				width += c < 0x2E80 ? 1 : 2;
			}
		}
		return lines + Math.max(1, (width + widthChars - 1) / widthChars);
	}

}
