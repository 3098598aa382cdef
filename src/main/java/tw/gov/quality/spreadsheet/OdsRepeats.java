package tw.gov.quality.spreadsheet;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static tw.gov.quality.spreadsheet.OdsContentParser.MAX_EXPANDED;
import static tw.gov.quality.spreadsheet.OdsContentParser.MAX_REPEATED_CELLS;
import static tw.gov.quality.spreadsheet.OdsContentParser.MAX_REPEATED_ROWS;

/**
 * Turns a sheet's rows and cells, each with its repeat count, into the rows a {@link RowHandler} gets: empty
 * repeats only move the position, repeats with content are capped, and every copy made over the whole file
 * counts against one budget.
 */
final class OdsRepeats {

	private static final Logger log = LoggerFactory.getLogger(OdsRepeats.class);

	private final RowHandler handler;

	private long expanded;

	private int sheetIndex;

	private long nextRow;

	private long rowRepeat;

	private final List<SheetCell> rowCells = new ArrayList<>();

	private long nextColumn;

	private long cellRepeat;

	OdsRepeats(RowHandler handler) {
		this.handler = handler;
	}

	void startSheet(int index) {
		sheetIndex = index;
		nextRow = 0;
	}

	void startRow(String repeated) {
		rowRepeat = repeat(repeated);
		rowCells.clear();
		nextColumn = 0;
	}

	void startCell(String repeated) {
		cellRepeat = repeat(repeated);
	}

	/** The cell that ended, {@code null} when it shows nothing; beyond the last column it is passed over. */
	void endCell(OdsCellContent content) throws UnreadableSpreadsheetException {
		SheetCell cell = (nextColumn <= Integer.MAX_VALUE) ? content.cell((int) nextColumn) : null;
		if (cell != null) {
			long copies = Math.min(cellRepeat, MAX_REPEATED_CELLS);
			if (copies < cellRepeat) {
				log.warn("Cell repeated {} times in sheet {}, row {}: only the first {} copies are read", cellRepeat,
						sheetIndex, nextRow + 1, copies);
			}
			expand(copies - 1);
			for (long column = nextColumn; column < nextColumn + copies && column <= Integer.MAX_VALUE; column++) {
				rowCells.add(new SheetCell((int) column, cell.kind(), cell.text()));
			}
		}
		nextColumn += cellRepeat;
	}

	void endRow() throws UnreadableSpreadsheetException {
		if (!rowCells.isEmpty()) {
			long copies = Math.min(rowRepeat, MAX_REPEATED_ROWS);
			if (copies < rowRepeat) {
				log.warn("Row repeated {} times in sheet {} at row {}: only the first {} copies are read", rowRepeat,
						sheetIndex, nextRow + 1, copies);
			}
			expand((copies - 1) * rowCells.size());
			// Copies share one immutable cell list
			List<SheetCell> cells = List.copyOf(rowCells);
			rowCells.clear();
			for (long row = nextRow; row < nextRow + copies && row <= Integer.MAX_VALUE; row++) {
				handler.row(new SheetRow((int) row, cells));
			}
		}
		nextRow += rowRepeat;
	}

	/** Counts {@code copies} made from a repeat against the file's budget. */
	void expand(long copies) throws UnreadableSpreadsheetException {
		expanded += copies;
		if (expanded > MAX_EXPANDED) {
			throw new UnreadableSpreadsheetException(OdsReader.TOO_MANY_REPEATS);
		}
	}

	/** A repeat count: at least 1, at most Integer.MAX_VALUE so that sums of them cannot overflow. */
	static long repeat(String count) {
		if (count == null) {
			return 1;
		}
		try {
			return Math.max(1, Math.min(Long.parseLong(count.strip()), Integer.MAX_VALUE));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
