package tw.gov.quality.progress;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import tw.gov.quality.spreadsheet.SheetCell;
import tw.gov.quality.spreadsheet.SheetRow;

import static tw.gov.quality.progress.ProgressSheetLayout.*;

/**
 * What a row under a sheet's header row is when it is not plainly an item: the header typed again, a footer
 * (notes, totals, signatures) left out, or a closing line kept aside until it is known whether items follow it.
 */
final class RowsUnderHeader {

	private final Map<String, Integer> columns;

	/** The input columns' indices, as this sheet has them. */
	private final List<Integer> inputs;

	RowsUnderHeader(Map<String, Integer> columns) {
		this.columns = columns;
		this.inputs = INPUT_COLUMNS.stream().map(columns::get).filter(Objects::nonNull).toList();
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
	boolean isClosingLine(SheetRow row, Map<String, Field> cells) {
		Field code = cells.get(CODE);
		if (code != null && ItemCodes.normalize(code).isPresent()) {
			return false;
		}
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
	boolean isFooter(SheetRow row, Map<String, Field> cells) {
		Field code = cells.get(CODE);
		if (code != null && !Labels.isFooter(code.text())) {
			return false;
		}
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
	boolean repeatsHeader(SheetRow row) {
		return repeats(row, CODE) || repeats(row, STATUS);
	}

	boolean repeats(SheetRow row, String label) {
		Integer column = columns.get(label);
		return column != null && row.cell(column)
			.filter(cell -> Labels.column(cell.text()).filter(label::equals).isPresent())
			.isPresent();
	}

}
