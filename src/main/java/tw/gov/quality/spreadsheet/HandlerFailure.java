package tw.gov.quality.spreadsheet;

/**
 * A {@link RowHandler}'s own exception on its way out of a reader, marked so that the reader does not
 * report it as a damaged file: readers turn POI's runtime exceptions into refusals, but a bug or a
 * limit in the handler must reach the caller unchanged.
 */
final class HandlerFailure extends RuntimeException {

	HandlerFailure(RuntimeException cause) {
		super(cause);
	}

	RuntimeException handlerException() {
		return (RuntimeException) getCause();
	}

	/** The handler, with whatever it throws marked as its own. */
	static RowHandler marking(RowHandler handler) {
		return new RowHandler() {

			@Override
			public boolean startSheet(int index, String name) {
				try {
					return handler.startSheet(index, name);
				}
				catch (RuntimeException ex) {
					throw new HandlerFailure(ex);
				}
			}

			@Override
			public void row(SheetRow row) {
				try {
					handler.row(row);
				}
				catch (RuntimeException ex) {
					throw new HandlerFailure(ex);
				}
			}

		};
	}

}
