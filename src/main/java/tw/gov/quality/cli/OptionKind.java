package tw.gov.quality.cli;

import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocYear;

/**
 * What an option's value must be. Each kind checks a value with the same parser the command uses
 * afterwards, so a value that passes here is never refused later for its form.
 */
enum OptionKind {

	/** ROC (107) or AD (2018). */
	YEAR("年度", "107", value -> RocYear.parse(value).isPresent(), "不是年度：請用民國年（107）或西元年（2018）"),

	/** 1 to 4, 第2季, Q2. */
	QUARTER("季別", "2", value -> ReportingPeriod.parseQuarter(value).isPresent(), "不是季別：請填 1 到 4（也可寫 第2季、Q2）"),

	/** A moment, Asia/Taipei: 2018-07-11T09:00, or a date meaning the end of that day. */
	DATE_TIME("日期時間", "2018-07-11T09:00", AsOfOption::readable, "不是日期或日期時間：請寫成 2018-07-11T09:00 或 2018-07-11"),

	/** An office code as written in quality.offices: letters, digits and hyphens. */
	OFFICE("機關代碼", "AEA-TPE", OptionKind::officeCode, "不是機關代碼：代碼由英文字母、數字與連字號組成，例如 AEA-TPE"),

	/** A supervising office's code: one with offices under it (that it has some is checked against the tree). */
	SUPERVISOR("機關代碼", "MOJ-AEA", OptionKind::officeCode, OFFICE.why),

	/** Free text (a reason, a name). */
	TEXT("文字", "文字", value -> true, ""),

	/** A switch: present or not, no value. */
	FLAG("", "", value -> true, "");

	private static final Pattern OFFICE_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

	private final String label;

	private final String example;

	private final Predicate<String> accepts;

	private final String why;

	OptionKind(String label, String example, Predicate<String> accepts, String why) {
		this.label = label;
		this.example = example;
		this.accepts = accepts;
		this.why = why;
	}

	/** What the value is, in Chinese (年度). */
	String label() {
		return label;
	}

	String example() {
		return example;
	}

	/** Why the value is not of this kind, in Chinese; empty when it is. */
	Optional<String> problem(String value) {
		return accepts.test(value) ? Optional.empty() : Optional.of("「" + value + "」" + why);
	}

	private static boolean officeCode(String value) {
		return OFFICE_CODE.matcher(value).matches();
	}

}
