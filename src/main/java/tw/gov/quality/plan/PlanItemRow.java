package tw.gov.quality.plan;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tw.gov.quality.spreadsheet.SheetRow;

import static tw.gov.quality.plan.PlanWorkbookLayout.*;

/** One row of a plan workbook's item table, read against the header's columns; a problem names its row. */
final class PlanItemRow {

	private static final Pattern ITEM_CODE = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){1,2}");

	private static final Pattern STRATEGY_LABEL = Pattern.compile("([一二三四五六七八九十]+|\\d+)\\s*[、.．]\\s*(.+)", Pattern.DOTALL);

	private static final List<String> NUMERALS = Arrays.asList("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");

	private final String file;

	private final String sheet;

	private final SheetRow row;

	private final Map<String, Integer> columns;

	PlanItemRow(String file, String sheet, SheetRow row, Map<String, Integer> columns) {
		this.file = file;
		this.sheet = sheet;
		this.row = row;
		this.columns = columns;
	}

	/** The row's item; its strategy is added to {@code strategies} the first time one of its items is read. */
	PlanItem item(int year, Map<Integer, Strategy> strategies) throws PlanFormatException {
		String code = normalize(text(CODE));
		if (code.isEmpty()) {
			throw PlanFormatException.at(file, sheet, row.number(), "「項次」空白");
		}
		if (!ITEM_CODE.matcher(code).matches()) {
			throw PlanFormatException.at(file, sheet, row.number(),
					"項次「" + code + "」格式不正確，應為「實施要項編號.項目編號」，例如 2.4 或 1.5.3");
		}
		int strategyNumber = Integer.parseInt(code.substring(0, code.indexOf('.')));
		String strategyText = text(STRATEGY);
		Matcher label = STRATEGY_LABEL.matcher(strategyText);
		if (!label.matches()) {
			throw PlanFormatException.at(file, sheet, row.number(),
					"實施要項「" + strategyText + "」應寫成「一、提升服務品質，深化服務績效」的形式");
		}
		int stated = NUMERALS.contains(label.group(1)) ? NUMERALS.indexOf(label.group(1)) + 1
				: Integer.parseInt(label.group(1));
		if (stated != strategyNumber) {
			throw PlanFormatException.at(file, sheet, row.number(),
					"項次 " + code + " 屬於實施要項" + Strategy.numeral(strategyNumber) + "，但本列寫的是實施要項"
							+ label.group(1));
		}
		strategies.putIfAbsent(strategyNumber, new Strategy(strategyNumber, label.group(2).strip()));
		String action = text(ACTION);
		if (action.isEmpty()) {
			throw PlanFormatException.at(file, sheet, row.number(), "項次 " + code + " 的「具體推動作法」空白");
		}
		List<String> units = Arrays.stream(text(UNITS).split("[、\\n,，;；]"))
			.map(String::strip)
			.filter(unit -> !unit.isEmpty())
			.toList();
		return new PlanItem(code, strategyNumber, blankToNull(text(WORK_ITEM)), action,
				blankToNull(text(METHOD)), DeadlineParser.parse(text(DEADLINE), year),
				units, blankToNull(text(BENEFIT)), target(code),
				blankToNull(normalize(text(MASTER_ITEM))), blankToNull(text(NOTE)));
	}

	private Target target(String code) throws PlanFormatException {
		String quantity = normalize(text(TARGET_QUANTITY));
		String unit = text(TARGET_UNIT);
		String period = text(TARGET_PERIOD);
		if (quantity.isEmpty() && unit.isEmpty() && period.isEmpty()) {
			return null;
		}
		int amount;
		try {
			amount = Integer.parseInt(quantity);
		}
		catch (NumberFormatException ex) {
			amount = 0;
		}
		if (amount <= 0) {
			throw PlanFormatException.at(file, sheet, row.number(),
					"項次 " + code + " 的目標數量「" + quantity + "」應為正整數");
		}
		if (unit.isEmpty()) {
			throw PlanFormatException.at(file, sheet, row.number(), "項次 " + code + " 有目標數量但「目標單位」空白（例如：次）");
		}
		Frequency frequency = Frequency.parse(period)
			.orElseThrow(() -> PlanFormatException.at(file, sheet, row.number(),
					"項次 " + code + " 的目標週期「" + period + "」應為 每年、每半年、每季、每月 或 每週"));
		return new Target(amount, unit, frequency);
	}

	private String text(String column) {
		Integer index = columns.get(column);
		return index == null ? "" : row.text(index);
	}

	/** Full-width letters and digits as half-width (NFKC), stripped. */
	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

}
