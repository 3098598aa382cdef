package tw.gov.quality.progress;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static tw.gov.quality.progress.ProgressSheetLayout.*;

/** The words the reader recognises on a sheet: column and metadata labels, totals and signature rows. */
final class Labels {

	// A set: every cell above a table's header is looked up here.
	private static final Set<String> COLUMNS = Stream.concat(READ_ONLY_COLUMNS.stream(), INPUT_COLUMNS.stream())
		.collect(Collectors.toUnmodifiableSet());

	/** Metadata labels and the few variants offices type on a sheet of their own. */
	private static final Map<String, String> METADATA = Map.ofEntries(Map.entry(OFFICE_CODE, OFFICE_CODE),
			Map.entry("機關代號", OFFICE_CODE), Map.entry(OFFICE_NAME, OFFICE_NAME), Map.entry(YEAR, YEAR),
			Map.entry("年度", YEAR), Map.entry(QUARTER, QUARTER), Map.entry(REPORTER, REPORTER),
			Map.entry("填表人", REPORTER), Map.entry(PHONE, PHONE), Map.entry("連絡電話", PHONE),
			Map.entry("電話", PHONE), Map.entry(REPORT_DATE, REPORT_DATE), Map.entry("填表日期", REPORT_DATE));

	/** Totals rows and the signature block under a table. */
	private static final List<String> SIGNATURES = List.of("合計", "總計", "小計", "共計", "總數", "承辦", "主辦", "會辦", "主管",
			"單位主管", "業務主管", "首長", "機關首長", "局長", "處長", "主任", "會計", "人事", "政風", "審核", "覆核", "核閱", "核定",
			"核章", "簽章", "簽名", "蓋章", "用印", "製表", "填表", "填報");

	/**
	 * How the first cell of a row that is not an item begins: totals, signatures and stamps, the
	 * contact block, notes under the table, "以下空白".
	 */
	private static final List<String> FOOTER_WORDS = Stream
		.concat(SIGNATURES.stream(),
				Stream.of("聯絡", "連絡", "電話", "日期", "註", "附註", "說明", "備註", "備考", "以下空白", "以下無", "空白"))
		.toList();

	/**
	 * A whole cell of the signature block ("單位主管：", "承辦人", "機關首長簽章"). Input columns are
	 * held to this, not to a prefix: an item's 執行情形 may well begin with 說明會 or 主管會報.
	 */
	private static final Pattern SIGNATURE = Pattern
		.compile("(?:" + String.join("|", SIGNATURES) + ")(?:人|員|簽章|核章|簽名|蓋章)?");

	/** The words of a totals row. */
	private static final List<String> TOTALS = List.of("合計", "總計", "小計", "共計", "總數");

	/**
	 * A whole cell of a totals row: the label, or the label with its figure ("合計：15", "總計 15 件").
	 * Compared compacted, so "總計畫經費" is no totals label.
	 */
	private static final Pattern TOTALS_LINE = Pattern
		.compile("(?:" + String.join("|", TOTALS) + ")(?::?-?[0-9][0-9,.]*\\S{0,2})?");

	/**
	 * A whole cell of a signature or date line, one or more labels each with what is written after
	 * its colon, a name or a date of a few characters: "填表人簽章：", "承辦人：　　　主管：",
	 * "承辦人：王小明　單位主管：", "填報日期：104/7/3". Compared compacted (spaces dropped, ：as :).
	 */
	private static final Pattern SIGNATURE_LINE = Pattern.compile("(?:(?:" + String.join("|", SIGNATURES)
			+ "|日期)(?:人|員)?(?:簽章|核章|簽名|蓋章|日期)?(?::[^:]{0,10}?)?)+");

	/** A note after a column label: "累計辦理數量（次）", "執行狀態(請下拉選擇)". */
	private static final Pattern ANNOTATED = Pattern.compile("([^()]+)\\(.*\\)");

	private Labels() {
	}

	/** The layout column a header cell names. */
	static Optional<String> column(String text) {
		String label = Texts.label(text);
		if (COLUMNS.contains(label)) {
			return Optional.of(label);
		}
		Matcher annotated = ANNOTATED.matcher(label);
		return annotated.matches() && COLUMNS.contains(annotated.group(1)) ? Optional.of(annotated.group(1))
				: Optional.empty();
	}

	/** The metadata key a label cell names, e.g. 計畫年度 for "計畫\n年度：". */
	static Optional<String> metadata(String text) {
		return Optional.ofNullable(METADATA.get(Texts.label(text)));
	}

	/** A label and its value typed in one cell: "季別：第2季". The value is kept as written. */
	static Optional<Map.Entry<String, String>> metadataPair(String text) {
		int colon = -1;
		for (int i = 0; i < text.length() && colon < 0; i++) {
			if (":：﹕".indexOf(text.charAt(i)) >= 0) {
				colon = i;
			}
		}
		if (colon < 0) {
			return Optional.empty();
		}
		String value = Texts.clean(text.substring(colon + 1));
		return value.isEmpty() ? Optional.empty()
				: metadata(text.substring(0, colon)).map(key -> Map.entry(key, value));
	}

	/** Whether the text begins like a totals, signature or note row, e.g. "承辦人：王小明", "註：…". */
	static boolean isFooter(String text) {
		String label = Texts.label(text);
		return !label.isEmpty() && beginsWithAny(label, FOOTER_WORDS);
	}

	static boolean isSignature(String text) {
		return SIGNATURE.matcher(Texts.label(text)).matches();
	}

	/** Whether the whole text is a totals label, alone or with its figure: "合計", "總計：15". */
	static boolean isTotals(String text) {
		return TOTALS_LINE.matcher(Texts.label(text)).matches();
	}

	/** Whether the text begins with a totals word, as a label cell beside a figure may: "合計（件）". */
	static boolean beginsLikeTotals(String text) {
		return beginsWithAny(Texts.label(text), TOTALS);
	}

	// A loop, not a stream: asked of every row under a table's header
	private static boolean beginsWithAny(String label, List<String> words) {
		for (String word : words) {
			if (label.startsWith(word)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the whole text is a line of a signature block or of the contact details under a table:
	 * "填表人簽章：", "承辦人：　　　主管：", "填報人：王小明", "聯絡電話：02-2345-6789". Never an item's
	 * 執行情形, which does not begin with a signature label and a colon ("主管會報報告" is not one).
	 */
	static boolean isSignatureLine(String text) {
		String label = Texts.label(text);
		return !label.isEmpty() && (SIGNATURE_LINE.matcher(label).matches() || metadata(text).isPresent()
				|| metadataPair(text).isPresent());
	}

	static boolean isProgressSheet(String name) {
		return SHEET.equals(Texts.label(name));
	}

	static boolean isInstructions(String name) {
		return INSTRUCTIONS_SHEET.equals(Texts.label(name));
	}

	static boolean isIdentity(String name) {
		return name != null && IDENTITY_SHEET.equalsIgnoreCase(name.strip());
	}

}
