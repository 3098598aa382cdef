package tw.gov.quality.progress;

/** The workbook has no table this service can read; the message is for the office, in Chinese. */
public class ProgressSheetException extends Exception {

	private final String cellRef;

	public ProgressSheetException(String message, String cellRef) {
		super(message);
		this.cellRef = cellRef;
	}

	/** Where to look, e.g. {@code 進度回報!A1}; {@code null} when the workbook has no sheet at all. */
	public String cellRef() {
		return cellRef;
	}

}
