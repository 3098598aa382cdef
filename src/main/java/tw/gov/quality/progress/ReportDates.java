package tw.gov.quality.progress;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.gov.quality.calendar.RocYear;
import tw.gov.quality.spreadsheet.SheetCell;

/**
 * Reads 完成日期 and 填報日期: a date cell, or text in ROC ({@code 107/3/5}, {@code 107.03.05},
 * {@code 107-3-5}, {@code 民國107年3月5日}, {@code 1070305}) or AD form ({@code 2018-03-05},
 * {@code 2018/3/5}, {@code 2018年3月5日}, {@code 20180305}). A year of two or three digits is ROC,
 * four digits AD. A weekday written after the date ({@code 107/3/5(一)}) must agree with it. A date
 * that does not exist (107/2/30) is refused.
 */
public final class ReportDates {

	private static final String YEAR = "(?<roc>(?:中華)?民國)?(?<year>\\d{2,4})";

	private static final Pattern SEPARATED = Pattern
		.compile(YEAR + "(?<sep>[/.-])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})");

	private static final Pattern WRITTEN = Pattern.compile(YEAR + "年(?<month>\\d{1,2})月(?<day>\\d{1,2})日?");

	/** Seven digits are yyyMMdd in the ROC calendar, eight yyyyMMdd: what date fields in many forms take. */
	private static final Pattern COMPACT = Pattern.compile("(?<year>\\d{3}|\\d{4})(?<month>\\d{2})(?<day>\\d{2})");

	private static final Pattern WEEKDAY = Pattern.compile("(?<date>.+?)\\((?:星期|週|周|禮拜)?(?<weekday>[一二三四五六日天])\\)");

	private static final String WEEKDAYS = "一二三四五六日";

	private ReportDates() {
	}

	public static Optional<LocalDate> parse(Field field) {
		if (field == null) {
			return Optional.empty();
		}
		switch (field.kind()) {
			case DATE:
				return isoDate(field.text().strip());
			case NUMBER:
				return date(COMPACT.matcher(field.text().strip()));
			case TEXT:
				return text(field.text());
			default:
				return Optional.empty();
		}
	}

	private static Optional<LocalDate> text(String raw) {
		String text = Texts.dashes(Texts.compact(raw));
		Matcher weekday = WEEKDAY.matcher(text);
		if (weekday.matches()) {
			int day = WEEKDAYS.indexOf(weekday.group("weekday").replace('天', '日')) + 1;
			return text(weekday.group("date")).filter(date -> date.getDayOfWeek().getValue() == day);
		}
		for (Pattern pattern : new Pattern[] { SEPARATED, WRITTEN, COMPACT }) {
			Matcher matcher = pattern.matcher(text);
			if (matcher.matches()) {
				return date(matcher);
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> date(Matcher matcher) {
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String yearText = matcher.group("year");
		boolean roc = matcher.pattern() != COMPACT && matcher.group("roc") != null;
		int year = Integer.parseInt(yearText);
		if (yearText.length() == 4) {
			if (roc || year <= RocYear.OFFSET) {
				return Optional.empty();
			}
		}
		else if (year < 1) {
			return Optional.empty();
		}
		else {
			year = RocYear.toAd(year);
		}
		try {
			return Optional.of(LocalDate.of(year, Integer.parseInt(matcher.group("month")),
					Integer.parseInt(matcher.group("day"))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> isoDate(String text) {
		try {
			return Optional.of(text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
