package tw.gov.quality.plan;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.gov.quality.calendar.RocYear;

/**
 * Reads 完成期限 as the plans write it. Full-width digits are folded first; years are ROC. A text
 * that matches no known form becomes {@link Deadline.Unrecognized}: a wrong guess would raise false
 * overdue flags, a kept text only asks a person to look.
 */
final class DeadlineParser {

	private static final Pattern FIXED = Pattern
		.compile("(?:(?:民國)?(\\d{2,3})年(?:度)?)?(\\d{1,2})月(?:(\\d{1,2})日)?(?:底|底前|前|以前|止|完成)?");

	private static final Pattern SLASH_DATE = Pattern.compile("(\\d{2,3})[/.](\\d{1,2})(?:[/.](\\d{1,2}))?(?:前|以前|止)?");

	private static final Map<Pattern, Frequency> RECURRING = new LinkedHashMap<>();

	static {
		RECURRING.put(Pattern.compile("(?:每週|每周|按週|按周)(?:辦理|檢查|執行)?.*"), Frequency.WEEKLY);
		RECURRING.put(Pattern.compile("(?:隔月|每兩個月|每二個月)(?:辦理|執行)?.*"), Frequency.BIMONTHLY);
		RECURRING.put(Pattern.compile("(?:每月|按月|逐月)(?:辦理|執行|檢查|提報)?.*"), Frequency.MONTHLY);
		RECURRING.put(Pattern.compile("(?:每季|按季|逐季)(?:辦理|執行|提報)?.*"), Frequency.QUARTERLY);
		RECURRING.put(Pattern.compile("(?:每半年|半年)(?:辦理|執行|一次|1次)?.*"), Frequency.HALF_YEARLY);
		RECURRING.put(Pattern.compile("(?:每年|每年度|逐年)(?:辦理|執行|一次|1次)?"), Frequency.YEARLY);
	}

	private static final Pattern CONTINUOUS = Pattern
		.compile("(?:經常|經常性|賡續|持續|即時|隨時|全年|常態|不定期)(?:性)?(?:辦理|執行|實施)?");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private DeadlineParser() {
	}

	/**
	 * @param text 完成期限 as written
	 * @param planRocYear the plan's year, for months written without a year ("12月")
	 */
	public static Deadline parse(String text, int planRocYear) {
		if (text == null) {
			return new Deadline.None();
		}
		Key key = new Key(text, planRocYear);
		Deadline known = PARSED.get(key);
		if (known != null) {
			return known;
		}
		Deadline parsed = parseNew(text, planRocYear);
		if (PARSED.size() < REMEMBERED) {
			PARSED.put(key, parsed);
		}
		return parsed;
	}

	/** Deadlines parsed before: a thousand plans' forty thousand items share a few hundred texts. */
	private static final Map<Key, Deadline> PARSED = new ConcurrentHashMap<>();

	private static final int REMEMBERED = 10_000;

	private record Key(String text, int planRocYear) {
	}

	private static Deadline parseNew(String text, int planRocYear) {
		if (text.isBlank()) {
			return new Deadline.None();
		}
		String verbatim = text.strip();
		String folded = WHITESPACE.matcher(Normalizer.normalize(verbatim, Normalizer.Form.NFKC)).replaceAll("");
		Matcher fixed = FIXED.matcher(folded);
		if (fixed.matches()) {
			return fixedOrUnrecognized(verbatim, fixed.group(1), fixed.group(2), fixed.group(3), planRocYear);
		}
		Matcher slash = SLASH_DATE.matcher(folded);
		if (slash.matches()) {
			return fixedOrUnrecognized(verbatim, slash.group(1), slash.group(2), slash.group(3), planRocYear);
		}
		if (CONTINUOUS.matcher(folded).matches()) {
			return new Deadline.Continuous(verbatim);
		}
		for (Map.Entry<Pattern, Frequency> recurring : RECURRING.entrySet()) {
			if (recurring.getKey().matcher(folded).matches()) {
				return new Deadline.Recurring(verbatim, recurring.getValue());
			}
		}
		return new Deadline.Unrecognized(verbatim);
	}

	private static Deadline fixedOrUnrecognized(String verbatim, String year, String month, String day,
			int planRocYear) {
		try {
			int rocYear = (year != null) ? Integer.parseInt(year) : planRocYear;
			YearMonth yearMonth = YearMonth.of(RocYear.toAd(rocYear), Integer.parseInt(month));
			LocalDate due = (day != null) ? yearMonth.atDay(Integer.parseInt(day)) : yearMonth.atEndOfMonth();
			return new Deadline.Fixed(verbatim, due);
		}
		catch (DateTimeException | NumberFormatException ex) {
			return new Deadline.Unrecognized(verbatim);
		}
	}

}
