package tw.gov.quality.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tw.gov.quality.spreadsheet.SheetCell;
import tw.gov.quality.spreadsheet.SheetRow;

import static tw.gov.quality.progress.ProgressSheetLayout.*;

/**
 * One sheet read as a possible progress table: metadata until the header row, then data rows.
 * Columns are taken by label only, so reordered, inserted and hidden columns do not matter.
 */
final class SheetCandidate {

	private final String name;

	private final Map<String, Field> metadata = new LinkedHashMap<>();

	private final List<ProgressRow> rows = new ArrayList<>();

	/**
	 * Rows without 項次 that read as a closing line (signature, totals, date); left out of the table
	 * when no item row follows them.
	 */
	private final Map<Integer, Map<String, Field>> closingLines = new LinkedHashMap<>();

	private Map<String, Integer> columns;

	/** What the rows under the header are, once it is found. */
	private RowsUnderHeader under;

	private int headerRow;

	/** A row with 項次 but no 執行狀態: the first row of a two-row header, if the next row completes it. */
	private SheetRow pending;

	private Map<Integer, String> pendingLabels;

	SheetCandidate(String name) {
		this.name = name;
	}

	String name() {
		return name;
	}

	boolean hasHeader() {
		return columns != null;
	}

	void row(SheetRow row) {
		if (columns == null) {
			beforeHeader(row);
		}
		else {
			afterHeader(row);
		}
	}

	/**
	 * The sheet as read. Closing lines after the last row with a readable 項次 are left out, and
	 * what they say (填報人, 聯絡電話 …) taken as metadata; a closing line between items stays, so that
	 * the checks report it.
	 */
	ProgressSheet toSheet(Map<String, String> identity) {
		int lastItem = rows.stream()
			.filter(row -> row.code().flatMap(ItemCodes::normalize).isPresent())
			.mapToInt(ProgressRow::rowNumber)
			.max()
			.orElse(0);
		Map<String, Field> read = new LinkedHashMap<>(metadata);
		closingLines.forEach((rowNumber, pairs) -> {
			if (rowNumber > lastItem) {
				pairs.forEach((key, value) -> {
					Field earlier = read.get(key);
					if (earlier == null || (earlier.isBlank() && !value.isBlank())) {
						read.put(key, value);
					}
				});
			}
		});
		List<ProgressRow> table = rows.stream()
			.filter(row -> row.rowNumber() <= lastItem || !closingLines.containsKey(row.rowNumber()))
			.toList();
		return new ProgressSheet(name, read, identity, columns, headerRow, table);
	}

	private void beforeHeader(SheetRow row) {
		Map<Integer, String> labels = labels(row);
		if (pending != null && row.index() == pending.index() + 1) {
			// The second row's labels win: the first row holds group headings such as 辦理情形 over them.
			Map<Integer, String> combined = new TreeMap<>(pendingLabels);
			combined.putAll(labels);
			if (isHeader(combined)) {
				header(combined, pending);
				return;
			}
		}
		if (isHeader(labels)) {
			header(labels, row);
			return;
		}
		boolean startsHeader = labels.containsValue(CODE);
		pending = startsHeader ? row : null;
		pendingLabels = startsHeader ? labels : null;
		MetadataPairs.read(name, row, metadata);
	}

	private void header(Map<Integer, String> labels, SheetRow first) {
		columns = new LinkedHashMap<>();
		labels.forEach((column, label) -> columns.putIfAbsent(label, column));
		under = new RowsUnderHeader(columns);
		headerRow = first.number();
		pending = null;
		pendingLabels = null;
	}

	private void afterHeader(SheetRow row) {
		if (row.isBlank() || under.repeatsHeader(row)) {
			return;
		}
		Map<String, Field> cells = new LinkedHashMap<>();
		// A loop, not lambdas: every row of every sheet, and C1 allocates a capturing lambda through a method handle
		for (Map.Entry<String, Integer> column : columns.entrySet()) {
			SheetCell cell = row.cell(column.getValue()).orElse(null);
			if (cell != null && !cell.isBlank()) {
				cells.put(column.getKey(), Field.of(name, row.number(), cell));
			}
		}
		if (under.isFooter(row, cells)) {
			// Contact details are sometimes typed under the table instead of above it.
			MetadataPairs.read(name, row, metadata);
			return;
		}
		if (under.isClosingLine(row, cells)) {
			Map<String, Field> pairs = new LinkedHashMap<>();
			MetadataPairs.read(name, row, pairs);
			closingLines.put(row.number(), pairs);
		}
		rows.add(new ProgressRow(row.number(), cells));
	}

	private static boolean isHeader(Map<Integer, String> labels) {
		return labels.containsValue(CODE) && labels.containsValue(STATUS);
	}

	private static Map<Integer, String> labels(SheetRow row) {
		Map<Integer, String> labels = new TreeMap<>();
		for (SheetCell cell : row.cells()) {
			if (cell.kind() == SheetCell.Kind.TEXT) {
				Labels.column(cell.text()).ifPresent(label -> labels.put(cell.column(), label));
			}
		}
		return labels;
	}

}
