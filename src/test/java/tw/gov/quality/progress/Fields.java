package tw.gov.quality.progress;

import tw.gov.quality.spreadsheet.SheetCell;

/** Cells for value tests, as a reader would hand them over. */
final class Fields {

	private Fields() {
	}

	static Field text(String text) {
		return of(SheetCell.Kind.TEXT, text);
	}

	static Field number(String text) {
		return of(SheetCell.Kind.NUMBER, text);
	}

	static Field date(String text) {
		return of(SheetCell.Kind.DATE, text);
	}

	static Field of(SheetCell.Kind kind, String text) {
		return new Field(text, kind, "進度回報", 14, 6);
	}

}
