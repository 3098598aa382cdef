package tw.gov.quality.spreadsheet;

/**
 * Picks the reader for an uploaded file by what its bytes are, never by its name: {@link SpreadsheetInspector}
 * decides the format first.
 */
public final class SpreadsheetReaders {

	private SpreadsheetReaders() {
	}

	/** The reader for what the file's bytes are, as {@link SpreadsheetInspector} found them. */
	public static SpreadsheetReader forFormat(SpreadsheetFormat format, SpreadsheetLimits limits) {
		switch (format) {
			case XLS:
				return new XlsReader();
			case ODS:
				return new OdsReader(limits.maxUncompressedBytes());
			default:
				return new XlsxReader();
		}
	}

}
