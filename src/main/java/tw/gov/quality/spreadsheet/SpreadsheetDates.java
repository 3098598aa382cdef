package tw.gov.quality.spreadsheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

	/**
	 * An ISO 8601 date or date and time, as .ods (office:date-value) and .xlsx (t="d") store them:
	 * sometimes with fractions of a second or a zone, whose local time is kept.
	 * @return the value, or null if it is not one
	 */
	static LocalDateTime parseIso(String value) {
		if (value == null) {
			return null;
		}
		String iso = value.strip();
		try {
			return (iso.length() == 10) ? LocalDate.parse(iso).atStartOfDay() : LocalDateTime.parse(iso);
		}
		catch (DateTimeParseException ex) {
			try {
				return OffsetDateTime.parse(iso).toLocalDateTime();
			}
			catch (DateTimeParseException notZoned) {
				return null;
			}
		}
	}

}
