package tw.gov.quality.calendar;

import java.text.Normalizer;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years as people in Taiwan write them: ROC (民國107年, 107) or AD (2018). */
public final class RocYear {

	/** The ROC calendar starts in 1912, so ROC year = AD year - 1911. */
	public static final int OFFSET = 1911;

	private static final Pattern YEAR = Pattern.compile("(?:民國|中華民國)?\\s*(\\d{2,4})\\s*(?:年|年度)?");

	private RocYear() {
	}

	/** Parses a ROC or AD year into a ROC year; empty on anything else. */
	public static OptionalInt parse(String text) {
		if (text == null) {
			return OptionalInt.empty();
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
		Matcher matcher = YEAR.matcher(normalized);
		if (!matcher.matches()) {
			return OptionalInt.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year > OFFSET) {
			year -= OFFSET;
		}
		return (year >= 1 && year <= 300) ? OptionalInt.of(year) : OptionalInt.empty();
	}

	public static int toAd(int rocYear) {
		return rocYear + OFFSET;
	}

}
