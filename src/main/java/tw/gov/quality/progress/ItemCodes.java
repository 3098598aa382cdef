package tw.gov.quality.progress;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.gov.quality.spreadsheet.SheetCell;

/**
 * Reads 項次 as offices type it into the plan's own numbering: {@code 2.4} from 2.4, 2-4, 二、4, (二)4,
 * ２．４ or a number cell 2.4; three levels likewise ({@code 1.5.3} from 1-5-3 or 一、5.3).
 * <p>
 * A number cell cannot tell 2.1 from 2.10, and Excel turns 2-4 into a date: such a date is refused,
 * never turned back into a code.
 */
public final class ItemCodes {

	private static final String NUMERAL = "[一二三四五六七八九十]{1,3}|\\d{1,2}";

	/** The first level: a digit or Chinese numeral, in parentheses or followed by a separator. */
	private static final Pattern CODE = Pattern.compile("(?:\\((?<enclosed>" + NUMERAL + ")\\)[.、-]?|(?<first>"
			+ NUMERAL + ")[.、-])(?<second>\\d{1,2})(?:[.、-](?<third>\\d{1,2}))?");

	private static final String DIGITS = "一二三四五六七八九";

	private ItemCodes() {
	}

	public static Optional<String> normalize(Field field) {
		if (field == null || (field.kind() != SheetCell.Kind.TEXT && field.kind() != SheetCell.Kind.NUMBER)) {
			return Optional.empty();
		}
		if (isPlain(field.text())) {
			return Optional.of(field.text());
		}
		String text = Texts.dashes(Texts.compact(field.text())).replace('。', '.');
		Matcher matcher = CODE.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String firstText = matcher.group("enclosed") != null ? matcher.group("enclosed") : matcher.group("first");
		int first = level(firstText);
		int second = level(matcher.group("second"));
		int third = matcher.group("third") == null ? -1 : level(matcher.group("third"));
		if (first < 1 || second < 1 || third == 0) {
			return Optional.empty();
		}
		return Optional.of(first + "." + second + (third > 0 ? "." + third : ""));
	}

	/**
	 * Whether the text is already a code in the plan's numbering ("2.4", "1.5.3", "2.10": two or three levels of 1
	 * to 99 without leading zeros), as nearly every row has it. Each row's 項次 is read several times, and with
	 * the quick compiler alone (commands) the pattern was 7% of the answering threads' samples.
	 */
	private static boolean isPlain(String text) {
		int levels = 0;
		int i = 0;
		int length = text.length();
		while (i < length) {
			char first = text.charAt(i);
			if (first < '1' || first > '9') {
				return false;
			}
			i++;
			if (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
				i++;
			}
			levels++;
			if (i == length) {
				break;
			}
			if (text.charAt(i) != '.' || levels == 3) {
				return false;
			}
			i++;
			if (i == length) {
				return false;
			}
		}
		return levels == 2 || levels == 3;
	}

	/** 1 to 99 from digits or a Chinese numeral (二, 十, 十二, 二十三); 0 for anything else. */
	private static int level(String text) {
		if (Character.isDigit(text.charAt(0))) {
			return Integer.parseInt(text);
		}
		int ten = text.indexOf('十');
		if (ten < 0) {
			return text.length() == 1 ? digit(text.charAt(0)) : 0;
		}
		if (ten != text.lastIndexOf('十') || ten > 1 || text.length() - ten > 2) {
			return 0;
		}
		int tens = (ten == 0) ? 1 : digit(text.charAt(0));
		boolean hasUnits = ten < text.length() - 1;
		int units = hasUnits ? digit(text.charAt(ten + 1)) : 0;
		return (tens < 1 || (hasUnits && units < 1)) ? 0 : tens * 10 + units;
	}

	private static int digit(char numeral) {
		return DIGITS.indexOf(numeral) + 1;
	}

}
