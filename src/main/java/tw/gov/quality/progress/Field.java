package tw.gov.quality.progress;

import tw.gov.quality.spreadsheet.SheetCell;

/**
 * One cell as the office left it, with where it sits so that a finding can point at it.
 *
 * @param text the value with surrounding whitespace stripped; line breaks inside are kept
 * @param sheet the sheet's name as written in the workbook
 * @param row one-based row number, as a person sees it
 * @param column zero-based column index
 */
public record Field(String text, SheetCell.Kind kind, String sheet, int row, int column) {

	/** The cell a finding points at: {@code 進度回報!G14}. */
	public String ref() {
		return ref(sheet, row, column);
	}

	public boolean isBlank() {
		return text == null || text.isBlank();
	}

	static Field of(String sheet, int row, SheetCell cell) {
		return new Field(Texts.clean(cell.text()), cell.kind(), sheet, row, cell.column());
	}

	/** Where a value belongs but none was given. */
	static Field blank(String sheet, int row, int column) {
		return new Field("", SheetCell.Kind.TEXT, sheet, row, column);
	}

	static String ref(String sheet, int row, int column) {
		return sheetPrefix(sheet) + SheetCell.columnLetters(column) + row;
	}

	/** Quoted the way Excel writes it when the name has spaces or punctuation: {@code '第 2 季'!A1}. */
	private static String sheetPrefix(String sheet) {
		boolean plain = !sheet.isEmpty() && !Character.isDigit(sheet.charAt(0))
				&& sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
		return plain ? sheet + "!" : "'" + sheet.replace("'", "''") + "'!";
	}

}
