package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.plan.PlanItem;

/** ITEM_MISSING: every item of the plan has a row. */
final class MissingItemRule {

	private static final int SHOWN = 24;

	Optional<Finding> check(SheetContext sheet, PlanItem item) {
		if (sheet.firstRows().containsKey(item.code())) {
			return Optional.empty();
		}
		return Optional.of(new Finding(Rule.ITEM_MISSING, sheet.sheet().sheetName(), item.code(),
				"缺少項次 " + item.code() + "（" + abbreviate(item.action()) + "）", "請補上這一項的填報列；可重新下載本季範本對照"));
	}

	private static String abbreviate(String text) {
		String oneLine = text.replace('\n', ' ');
		return oneLine.length() <= SHOWN ? oneLine : oneLine.substring(0, SHOWN) + "…";
	}

}
