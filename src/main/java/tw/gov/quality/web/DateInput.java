package tw.gov.quality.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.gov.quality.calendar.RocYear;

/** A date a person typed: 2015-07-20 (a date picker), 104/7/20 or 104-07-20 (ROC), with an optional time. */
public final class DateInput {

	private static final Pattern DATE = Pattern
		.compile("(\\d{2,4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

	private DateInput() {
	}

	/** A date without a time means the end of that day (23:59:59), as deadlines are written. */
	public static LocalDateTime parse(String text, String what) {
		Matcher matcher = text == null ? null : DATE.matcher(text.strip());
		if (matcher == null || !matcher.matches()) {
			throw new BadRequest(what + "「" + (text == null ? "" : text) + "」無法辨識：請填 104/7/20 或 2015-07-20");
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year <= 300) {
			year = RocYear.toAd(year);
		}
		try {
			LocalDate date = LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
			if (matcher.group(4) == null) {
				return date.atTime(23, 59, 59);
			}
			return date.atTime(LocalTime.of(Integer.parseInt(matcher.group(4)), Integer.parseInt(matcher.group(5)),
					matcher.group(6) == null ? 0 : Integer.parseInt(matcher.group(6))));
		}
		catch (java.time.DateTimeException ex) {
			throw new BadRequest(what + "「" + text + "」不是有效的日期");
		}
	}

}
