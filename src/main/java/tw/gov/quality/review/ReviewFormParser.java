package tw.gov.quality.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tw.gov.quality.progress.IdentitySheet;
import tw.gov.quality.spreadsheet.RowHandler;
import tw.gov.quality.spreadsheet.SheetCell;
import tw.gov.quality.spreadsheet.SheetRow;

import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * Reads a returned 審查意見表, streaming, whatever saved it (Excel, LibreOffice as .xlsx or .ods): the
 * hidden {@value ReviewFormLayout#IDENTITY_SHEET} sheet, and the first sheet whose header row has the
 * {@value ReviewFormLayout#KEY} and {@value ReviewFormLayout#OPINION} columns. Columns are found by their
 * labels and rows by their hidden keys, never by position, so rows moved, inserted or resized still read.
 */
public class ReviewFormParser implements RowHandler {

	// A set: every cell of every progress sheet is looked up here too, until a sheet turns out not to be a form.
	private static final Set<String> LABELS = Set.of(KEY, CATEGORY, SUBJECT, DRAFT, OPINION, SUGGESTION, TRACK, REPLY,
			DECISION);

	private final IdentitySheet identity = new IdentitySheet();

	private final List<Line> lines = new ArrayList<>();

	private final List<Integer> keyless = new ArrayList<>();

	private Map<String, Integer> columns;

	private String sheet;

	private boolean readingTable;

	private String current;

	/**
	 * One keyed row.
	 *
	 * @param row one-based, as a person sees it
	 * @param cells by column label; only non-blank cells
	 * @param value for a sign-off row: the first filled cell right of its label
	 */
	public record Line(String key, int row, Map<String, SheetCell> cells, SheetCell value) {

		public String text(String label) {
			SheetCell cell = cells.get(label);
			return cell == null || cell.text() == null ? "" : cell.text().strip();
		}

	}

	/**
	 * What the workbook held.
	 *
	 * @param sheet the table's sheet as named in the file, {@code null} if none had the header
	 * @param columns label → zero-based column, for finding cells on the receipt
	 * @param keylessRows rows with an opinion, a suggestion or a decision but no key
	 */
	public record Content(Map<String, String> identity, String sheet, Map<String, Integer> columns, List<Line> lines,
			List<Integer> keylessRows) {

		public boolean isReviewForm() {
			return ReviewFormLayout.isReviewForm(identity.get(ID_FORM));
		}

		public boolean hasTable() {
			return sheet != null;
		}

	}

	@Override
	public boolean startSheet(int index, String name) {
		readingTable = false;
		boolean readingIdentity = identity.start(name);
		if (IdentitySheet.is(name)) {
			return readingIdentity;
		}
		if (sheet == null) {
			readingTable = true;
			current = name;
			return true;
		}
		return false;
	}

	@Override
	public void row(SheetRow row) {
		if (identity.row(row) || !readingTable) {
			return;
		}
		if (sheet == null) {
			header(row).ifPresent(found -> {
				columns = found;
				sheet = current;
			});
			return;
		}
		String key = row.text(columns.get(KEY));
		Map<String, SheetCell> cells = new HashMap<>();
		for (Map.Entry<String, Integer> column : columns.entrySet()) {
			row.cell(column.getValue()).filter(cell -> !cell.isBlank()).ifPresent(cell -> cells.put(column.getKey(), cell));
		}
		if (key.isEmpty()) {
			if (List.of(OPINION, SUGGESTION, TRACK, DECISION).stream().anyMatch(cells::containsKey)) {
				keyless.add(row.number());
			}
			return;
		}
		int labelColumn = columns.getOrDefault(CATEGORY, 1);
		SheetCell value = row.cells()
			.stream()
			.filter(cell -> cell.column() > labelColumn + 1 && !cell.isBlank())
			.findFirst()
			.orElse(null);
		lines.add(new Line(key, row.number(), Map.copyOf(cells), value));
	}

	/** The header row: one with both the key and the opinion column; the table's sheet is then this one. */
	private Optional<Map<String, Integer>> header(SheetRow row) {
		Map<String, Integer> found = new LinkedHashMap<>();
		for (SheetCell cell : row.cells()) {
			String text = cell.text() == null ? "" : cell.text().strip();
			if (LABELS.contains(text)) {
				found.putIfAbsent(text, cell.column());
			}
		}
		if (found.containsKey(KEY) && found.containsKey(OPINION)) {
			return Optional.of(found);
		}
		return Optional.empty();
	}

	/** Called once every sheet was read. */
	public Content result() {
		return new Content(Map.copyOf(identity.values()), sheet, sheet == null ? Map.of() : Map.copyOf(columns),
				List.copyOf(lines), List.copyOf(keyless));
	}

}
