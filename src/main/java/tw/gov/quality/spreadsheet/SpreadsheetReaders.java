package tw.gov.quality.spreadsheet;

import java.util.Locale;

/** Picks the reader for an uploaded file by its extension; the content is checked by the reader itself. */
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

	public static SpreadsheetReader forFileName(String fileName) throws UnreadableSpreadsheetException {
		String name = (fileName != null) ? fileName.strip().toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".xlsx")) {
			return new XlsxReader();
		}
		if (name.endsWith(".xls")) {
			return new XlsReader();
		}
		if (name.endsWith(".ods")) {
			return new OdsReader();
		}
		throw new UnreadableSpreadsheetException("不支援的檔案格式：請上傳 Excel（.xlsx、.xls）或 OpenDocument（.ods）試算表");
	}

}
