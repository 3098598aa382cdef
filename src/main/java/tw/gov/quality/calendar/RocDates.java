package tw.gov.quality.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Dates as the documents write them: 107年7月5日. */
public final class RocDates {

	private RocDates() {
	}

	public static String date(LocalDate date) {
		return (date.getYear() - RocYear.OFFSET) + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** 107/7/5, as offices type dates. */
	public static String slashed(LocalDate date) {
		return (date.getYear() - RocYear.OFFSET) + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
	}

	/** 107年7月5日 14:03:12 */
	public static String dateTime(LocalDateTime time) {
		StringBuilder text = new StringBuilder(date(time.toLocalDate())).append(' ');
		twoDigits(text, time.getHour()).append(':');
		twoDigits(text, time.getMinute()).append(':');
		return twoDigits(text, time.getSecond()).toString();
	}

	// Not String.format: every receipt prints its times, and a Formatter per call showed in the ingest profile.
	private static StringBuilder twoDigits(StringBuilder text, int value) {
		return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
	}

}
