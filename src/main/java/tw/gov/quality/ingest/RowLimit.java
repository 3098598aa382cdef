package tw.gov.quality.ingest;

import tw.gov.quality.spreadsheet.RowHandler;
import tw.gov.quality.spreadsheet.SheetRow;

/** Stops reading a sheet with more rows than any plan has items, before it costs memory or time. */
class RowLimit implements RowHandler {

	private final RowHandler delegate;

	private final int maxRows;

	private int rows;

	RowLimit(RowHandler delegate, int maxRows) {
		this.delegate = delegate;
		this.maxRows = maxRows;
	}

	@Override
	public boolean startSheet(int index, String name) {
		rows = 0;
		return delegate.startSheet(index, name);
	}

	@Override
	public void row(SheetRow row) {
		if (++rows > maxRows) {
			throw new Exceeded(maxRows);
		}
		delegate.row(row);
	}

	static class Exceeded extends RuntimeException {

		Exceeded(int maxRows) {
			super("工作表超過 " + maxRows + " 列，超出系統可處理的上限");
		}

	}

}
