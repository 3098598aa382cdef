package tw.gov.quality.spreadsheet;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Date cells are reported as ISO text: a date alone when the time is midnight. */
final class SpreadsheetDates {

	private SpreadsheetDates() {
	}

	static SheetCell cell(int column, LocalDateTime value) {
		LocalDateTime minutes = value.truncatedTo(ChronoUnit.MINUTES);
		String text = minutes.toLocalTime().equals(LocalTime.MIDNIGHT) ? minutes.toLocalDate().toString()
				: minutes.toString();
		return new SheetCell(column, SheetCell.Kind.DATE, text);
	}

}
