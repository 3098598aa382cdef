package tw.gov.quality.ingest;

import tw.gov.quality.spreadsheet.RowHandler;
import tw.gov.quality.spreadsheet.SheetRow;

/**
 * Gives one streaming read to two readers: a file is a progress sheet or a review form, which only its
 * hidden identity (often its last sheet) tells, so both read it and the identity picks the result.
 */
final class TeeRowHandler implements RowHandler {

	private final RowHandler first;

	private final RowHandler second;

	private boolean toFirst;

	private boolean toSecond;

	TeeRowHandler(RowHandler first, RowHandler second) {
		this.first = first;
		this.second = second;
	}

	@Override
	public boolean startSheet(int index, String name) {
		toFirst = first.startSheet(index, name);
		toSecond = second.startSheet(index, name);
		return toFirst || toSecond;
	}

	@Override
	public void row(SheetRow row) {
		if (toFirst) {
			first.row(row);
		}
		if (toSecond) {
			second.row(row);
		}
	}

}
