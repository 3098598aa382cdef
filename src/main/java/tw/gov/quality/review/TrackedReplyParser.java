package tw.gov.quality.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tw.gov.quality.spreadsheet.RowHandler;
import tw.gov.quality.spreadsheet.SheetCell;
import tw.gov.quality.spreadsheet.SheetRow;

import static tw.gov.quality.review.TrackedReplyLayout.*;

/** Reads the sheet {@value TrackedReplyLayout#SHEET} of a progress sheet, by its column labels and row keys. */
public class TrackedReplyParser implements RowHandler {

	private final List<Row> rows = new ArrayList<>();

	private Map<String, Integer> columns;

	private boolean reading;

	private String sheet;

	/** One keyed row: its reply and date cells as found ({@code null} when blank). */
	public record Row(String key, int row, SheetCell reply, SheetCell date) {
	}

	/** @param sheet the sheet as named in the file, {@code null} when the workbook has none */
	public record Content(String sheet, Map<String, Integer> columns, List<Row> rows) {
	}

	@Override
	public boolean startSheet(int index, String name) {
		reading = sheet == null && SHEET.equals(name.strip());
		if (reading) {
			sheet = name;
		}
		return reading;
	}

	@Override
	public void row(SheetRow row) {
		if (!reading) {
			return;
		}
		if (columns == null) {
			Map<String, Integer> found = new LinkedHashMap<>();
			for (SheetCell cell : row.cells()) {
				String text = cell.text() == null ? "" : cell.text().strip();
				if (COLUMNS.contains(text)) {
					found.putIfAbsent(text, cell.column());
				}
			}
			if (found.containsKey(KEY) && found.containsKey(REPLY)) {
				columns = found;
			}
			return;
		}
		String key = row.text(columns.get(KEY));
		if (key.isEmpty()) {
			return;
		}
		rows.add(new Row(key, row.number(), cell(row, REPLY), cell(row, REPLY_DATE)));
	}

	private SheetCell cell(SheetRow row, String label) {
		Integer column = columns.get(label);
		return column == null ? null : row.cell(column).filter(cell -> !cell.isBlank()).orElse(null);
	}

	public Content result() {
		return new Content(sheet, columns == null ? Map.of() : Map.copyOf(columns), List.copyOf(rows));
	}

}
