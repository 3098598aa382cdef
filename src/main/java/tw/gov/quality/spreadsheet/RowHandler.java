package tw.gov.quality.spreadsheet;

/** Receives a workbook's rows one at a time, so that no reader ever holds a whole workbook. */
public interface RowHandler {

	/**
	 * Called before each sheet, in workbook order.
	 * @return whether to read this sheet's rows
	 */
	boolean startSheet(int index, String name);

	void row(SheetRow row);

}
