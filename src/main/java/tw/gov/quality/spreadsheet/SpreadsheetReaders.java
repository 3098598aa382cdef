package tw.gov.quality.spreadsheet;

import java.util.Locale;

/** Picks the reader for an uploaded file by its extension; the content is checked by the reader itself. */
public final class SpreadsheetReaders {

	private SpreadsheetReaders() {
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
