package tw.gov.quality.spreadsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Remembers every sheet offered and every row delivered, reading only the sheets it is told to. */
class RecordingRowHandler implements RowHandler {

	final List<String> sheets = new ArrayList<>();

	final List<SheetRow> rows = new ArrayList<>();

	private final Predicate<String> wanted;

	RecordingRowHandler() {
		this(name -> true);
	}

	RecordingRowHandler(Predicate<String> wanted) {
		this.wanted = wanted;
	}

	@Override
	public boolean startSheet(int index, String name) {
		sheets.add(index + ":" + name);
		return wanted.test(name);
	}

	@Override
	public void row(SheetRow row) {
		rows.add(row);
	}

	static SheetCell text(int column, String text) {
		return new SheetCell(column, SheetCell.Kind.TEXT, text);
	}

	static SheetCell number(int column, String text) {
		return new SheetCell(column, SheetCell.Kind.NUMBER, text);
	}

	static SheetCell date(int column, String text) {
		return new SheetCell(column, SheetCell.Kind.DATE, text);
	}

	static SheetCell bool(int column, String text) {
		return new SheetCell(column, SheetCell.Kind.BOOLEAN, text);
	}

	static SheetCell error(int column, String text) {
		return new SheetCell(column, SheetCell.Kind.ERROR, text);
	}

}
