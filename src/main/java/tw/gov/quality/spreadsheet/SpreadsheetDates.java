package tw.gov.quality.spreadsheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Date cells are reported as ISO text: a date alone when the time is midnight. A time of day without
 * a date, or a duration, is no point in the calendar: it is reported as the text shown, the way .ods
 * files store it.
 */
final class SpreadsheetDates {

	/** What a date format shows: only its letters outside quotes, escapes and brackets count. */
	private enum Shows {

		CALENDAR, TIME_OF_DAY, DURATION

	}

	private SpreadsheetDates() {
	}

	/** Formats time cells; the root locale keeps "AM"/"PM" the same on every server. */
	static DataFormatter timeFormatter() {
		return new DataFormatter(Locale.ROOT);
	}

	/**
	 * A number as .xls and .xlsx store dates and times: days since 1900 (or 1904), the time of day
	 * as the fraction. A time-only format (hh:mm) with a value under a day, or a duration format
	 * ([h]:mm), gives the text shown; any other date format a date.
	 * @return the cell, or null when the format is not a date format or the number is no date
	 */
	static SheetCell fromSerial(int column, double number, int formatIndex, String format, boolean date1904,
			DataFormatter formatter) {
		if (format == null || !DateUtil.isADateFormat(formatIndex, format)) {
			return null;
		}
		Shows shows = shows(format);
		if ((shows == Shows.DURATION && number >= 0) || (shows == Shows.TIME_OF_DAY && number >= 0 && number < 1)) {
			return new SheetCell(column, SheetCell.Kind.TEXT,
					formatter.formatRawCellContents(number, formatIndex, format, date1904));
		}
		if (!DateUtil.isValidExcelDate(number)) {
			return null;
		}
		return cell(column, DateUtil.getLocalDateTime(number, date1904));
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

	/**
	 * Year, month, day or weekday letters make a calendar format; otherwise hours or seconds make a
	 * time of day, and [h], [m] or [s] a duration. "m" alone is a month, next to h or s a minute.
	 */
	private static Shows shows(String format) {
		boolean clock = false;
		boolean duration = false;
		// Later sections (after ;) are for negative numbers, zero and text
		for (int i = 0; i < format.length() && format.charAt(i) != ';'; i++) {
			char c = format.charAt(i);
			if (c == '"' || c == '[') {
				int end = format.indexOf(c == '"' ? '"' : ']', i + 1);
				if (end < 0) {
					break;
				}
				// [Red], [$-404] and [<100] say nothing about dates
				duration |= c == '[' && format.substring(i + 1, end).toLowerCase(Locale.ROOT).matches("h+|m+|s+");
				i = end;
				continue;
			}
			int passed = passedOver(format, i);
			char letter = Character.toLowerCase(c);
			if (passed > 0) {
				i += passed;
			}
			else if (letter == 'h' || letter == 's') {
				clock = true;
			}
			else if (letter >= 'a' && letter <= 'z' && letter != 'm') {
				return Shows.CALENDAR;
			}
		}
		if (duration) {
			return Shows.DURATION;
		}
		return clock ? Shows.TIME_OF_DAY : Shows.CALENDAR;
	}

	/**
	 * How many characters after the one at {@code i} go with it in a piece that says nothing about dates: an
	 * escaped character, a space as wide as one, a fill character, AM/PM; 0 for anything else.
	 */
	private static int passedOver(String format, int i) {
		char c = format.charAt(i);
		if (c == '\\' || c == '_' || c == '*') {
			return 1;
		}
		if (format.regionMatches(true, i, "AM/PM", 0, 5)) {
			return 4;
		}
		return format.regionMatches(true, i, "A/P", 0, 3) ? 2 : 0;
	}

}
