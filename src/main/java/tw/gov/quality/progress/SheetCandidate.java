package tw.gov.quality.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
		headerRow = first.number();
		pending = null;
		pendingLabels = null;
	}

	private void afterHeader(SheetRow row) {
		if (row.isBlank() || repeatsHeader(row)) {
			return;
		}
		Map<String, Field> cells = new LinkedHashMap<>();
		columns.forEach((label, column) -> row.cell(column)
			.filter(cell -> !cell.isBlank())
			.ifPresent(cell -> cells.put(label, Field.of(name, row.number(), cell))));
		if (isFooter(row, cells)) {
			// Contact details are sometimes typed under the table instead of above it.
			MetadataPairs.read(name, row, metadata);
			return;
		}
		if (isClosingLine(row, cells)) {
			Map<String, Field> pairs = new LinkedHashMap<>();
			MetadataPairs.read(name, row, pairs);
			closingLines.put(row.number(), pairs);
		}
		rows.add(new ProgressRow(row.number(), cells));
	}

	/**
	 * A line an office types under its table, which {@link #isFooter} does not already leave out
	 * because it has something in an input column: no readable 項次, and every cell of the table
	 * either a signature or contact line ("填表人簽章：", "承辦人：　　　主管："), a totals label
	 * ("合計", "總計：15"), a date ("中華民國104年7月3日", or a date cell), a note or totals label in a
	 * read-only column, or a figure when the row is labelled as totals. A readable 執行狀態, a figure
	 * without a totals label, or any other text (an item's 執行情形) makes it an item's row: it is kept
	 * and the checks refuse the missing 項次.
	 */
	private boolean isClosingLine(SheetRow row, Map<String, Field> cells) {
		Field code = cells.get(CODE);
		if (code != null && ItemCodes.normalize(code).isPresent()) {
			return false;
		}
		List<Integer> inputs = INPUT_COLUMNS.stream().map(columns::get).filter(Objects::nonNull).toList();
		boolean totals = row.cells()
			.stream()
			.anyMatch(cell -> cell.kind() == SheetCell.Kind.TEXT && Labels.beginsLikeTotals(cell.text()));
		boolean closing = false;
		for (Field field : cells.values()) {
			boolean input = inputs.contains(field.column());
			if (field.kind() == SheetCell.Kind.DATE) {
				closing = true;
			}
			else if (field.kind() == SheetCell.Kind.NUMBER) {
				if (!totals) {
					return false;
				}
			}
			else if (field.kind() != SheetCell.Kind.TEXT) {
				return false;
			}
			else if (Labels.isSignatureLine(field.text()) || Labels.isTotals(field.text())
					|| (!input && Labels.isFooter(field.text())) || ReportDates.parse(field).isPresent()) {
				closing = true;
			}
			else if (!(totals && Quantities.parse(field).isPresent())) {
				return false;
			}
		}
		return closing;
	}

	/**
	 * Blank rows, notes, totals and signature rows: 項次 blank or beginning like 合計, 承辦人 or 註, and
	 * no input but signature labels ("單位主管：") or, where the row is labelled so, sums.
	 */
	private boolean isFooter(SheetRow row, Map<String, Field> cells) {
		Field code = cells.get(CODE);
		if (code != null && !Labels.isFooter(code.text())) {
			return false;
		}
		List<Integer> inputs = INPUT_COLUMNS.stream().map(columns::get).filter(Objects::nonNull).toList();
		boolean labelled = code != null || row.cells()
			.stream()
			.filter(cell -> !inputs.contains(cell.column()) && cell.kind() == SheetCell.Kind.TEXT)
			.anyMatch(cell -> Labels.isFooter(cell.text()));
		for (String input : INPUT_COLUMNS) {
			Field field = cells.get(input);
			boolean footerLike = field == null
					|| (field.kind() == SheetCell.Kind.TEXT && Labels.isSignature(field.text()))
					|| (labelled && Quantities.parse(field).isPresent());
			if (!footerLike) {
				return false;
			}
		}
		return true;
	}

	/** A header typed again further down, e.g. to print on every page. */
	private boolean repeatsHeader(SheetRow row) {
		return repeats(row, CODE) || repeats(row, STATUS);
	}

	private boolean repeats(SheetRow row, String label) {
		Integer column = columns.get(label);
		return column != null && row.cell(column)
			.filter(cell -> Labels.column(cell.text()).filter(label::equals).isPresent())
			.isPresent();
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
