package tw.gov.quality.calendar;

import java.io.Serializable;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of a plan year. Each quarter's report covers the year to date (seed 002: 第一次 1–3月,
 * 第二次 1–6月, 第三次 1–9月, 第四次 1–12月).
 */
public record ReportingPeriod(int rocYear, int quarter) implements Serializable {

	private static final Pattern WRITTEN = Pattern.compile("(\\d{1,3})Q([1-4])");

	private static final Pattern QUARTER = Pattern.compile("(?:第|Q|q)?\\s*([1-4一二三四])\\s*(?:季)?");

	private static final Map<String, Integer> CHINESE = Map.of("一", 1, "二", 2, "三", 3, "四", 4);

	public ReportingPeriod {
		if (quarter < 1 || quarter > 4) {
			throw new IllegalArgumentException("季別必須是 1 到 4，收到 " + quarter);
		}
		if (rocYear < 1) {
			throw new IllegalArgumentException("年度不正確：" + rocYear);
		}
	}

	/** Parses what a person types for a quarter: 2, 第2季, Q2, 第二季, full-width digits. */
	public static Optional<Integer> parseQuarter(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = QUARTER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String digit = matcher.group(1);
		return Optional.of(CHINESE.getOrDefault(digit, digit.chars().map(c -> c - '0').findFirst().orElse(0)));
	}

	/**
	 * A year as a person types it, ROC (107) or AD (2018): the same for the command line, the pages and the API.
	 *
	 * @throws IllegalArgumentException saying in Chinese what to write instead
	 */
	public static int readYear(String text) {
		return RocYear.parse(text)
			.orElseThrow(() -> new IllegalArgumentException("年度「" + text + "」無法辨識：請用民國年（107）或西元年（2018）"));
	}

	/**
	 * A quarter as a person types it ({@link #parseQuarter}).
	 *
	 * @throws IllegalArgumentException saying in Chinese what to write instead
	 */
	public static int readQuarter(String text) {
		return parseQuarter(text).orElseThrow(() -> new IllegalArgumentException("季別「" + text + "」無法辨識：請填 1 到 4"));
	}

	public int adYear() {
		return RocYear.toAd(rocYear);
	}

	public LocalDate firstDay() {
		return LocalDate.of(adYear(), 1, 1);
	}

	/** Last day covered by this quarter's cumulative report. */
	public LocalDate lastDay() {
		return LocalDate.of(adYear(), quarter * 3, 1).plusMonths(1).minusDays(1);
	}

	public Optional<ReportingPeriod> previous() {
		return quarter == 1 ? Optional.empty() : Optional.of(new ReportingPeriod(rocYear, quarter - 1));
	}

	/** 107年第2季 */
	public String label() {
		return rocYear + "年第" + quarter + "季";
	}

	/** 107年1月至6月 */
	public String coverage() {
		return rocYear + "年1月至" + (quarter * 3) + "月";
	}

	/**
	 * Reads back what {@link #toString()} writes ({@code 107Q2}): how a period is stored as a job parameter and
	 * read by a conversion service.
	 */
	public static ReportingPeriod valueOf(String text) {
		Matcher matcher = WRITTEN.matcher(text == null ? "" : text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("不是季別（例如 107Q2）：" + text);
		}
		return new ReportingPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	@Override
	public String toString() {
		return rocYear + "Q" + quarter;
	}

}
