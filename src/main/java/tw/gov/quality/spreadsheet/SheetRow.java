package tw.gov.quality.spreadsheet;

import java.util.List;
import java.util.Optional;

/**
 * A row as read from any spreadsheet format; only non-empty cells are present.
 *
 * @param index zero-based row index ({@code index + 1} is the row number a person sees)
 */
public record SheetRow(int index, List<SheetCell> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	public Optional<SheetCell> cell(int column) {
		// A loop, not a stream: called for every cell of every row read
		for (SheetCell cell : cells) {
			if (cell.column() == column) {
				return Optional.of(cell);
			}
		}
		return Optional.empty();
	}

	/** The cell's text, stripped; empty string for a missing cell. */
	public String text(int column) {
		return cell(column).map(SheetCell::text).map(String::strip).orElse("");
	}

	public boolean isBlank() {
		for (SheetCell cell : cells) {
			if (!cell.isBlank()) {
				return false;
			}
		}
		return true;
	}

	public int number() {
		return index + 1;
	}

}
