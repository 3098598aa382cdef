package tw.gov.quality.spreadsheet;

/** The file is not a spreadsheet this service can trust; the message is for the person who sent it. */
public class UnreadableSpreadsheetException extends Exception {

	public UnreadableSpreadsheetException(String message) {
		super(message);
	}

	public UnreadableSpreadsheetException(String message, Throwable cause) {
		super(message, cause);
	}

}
