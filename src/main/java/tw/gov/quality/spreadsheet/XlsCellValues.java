package tw.gov.quality.spreadsheet;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A .xls cell record's value as a {@link SheetCell}: text, a number or a date (by its number format and the
 * workbook's date window), a boolean or an error.
 */
final class XlsCellValues {

	private final FormatTrackingHSSFListener formats;

	private final DataFormatter timeFormatter = SpreadsheetDates.timeFormatter();

	private boolean date1904;

	XlsCellValues(FormatTrackingHSSFListener formats) {
		this.formats = formats;
	}

	/** The workbook's dates count from 1904 (a DATEWINDOW1904 record said so). */
	void date1904(boolean date1904) {
		this.date1904 = date1904;
	}

	SheetCell text(CellValueRecordInterface record, String text) {
		return (text == null || text.isEmpty()) ? null : new SheetCell(record.getColumn(), SheetCell.Kind.TEXT, text);
	}

	SheetCell numeric(CellValueRecordInterface record, double number) {
		int formatIndex;
		try {
			formatIndex = formats.getFormatIndex(record);
		}
		catch (IndexOutOfBoundsException ex) {
			// Some generators write no XF table at all; the number is still good, just not a date
			formatIndex = -1;
		}
		String format = (formatIndex >= 0) ? formats.getFormatString(formatIndex) : null;
		SheetCell date = SpreadsheetDates.fromSerial(record.getColumn(), number, formatIndex, format, date1904,
				timeFormatter);
		if (date != null) {
			return date;
		}
		return new SheetCell(record.getColumn(), SheetCell.Kind.NUMBER, XlsxSheetHandler.plain(number));
	}

	SheetCell bool(CellValueRecordInterface record, boolean value) {
		return new SheetCell(record.getColumn(), SheetCell.Kind.BOOLEAN, value ? "TRUE" : "FALSE");
	}

	SheetCell error(CellValueRecordInterface record, int code) {
		// An unknown code is still an error cell; failing the whole workbook over it would help nobody
		String text = FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A";
		return new SheetCell(record.getColumn(), SheetCell.Kind.ERROR, text);
	}

}
