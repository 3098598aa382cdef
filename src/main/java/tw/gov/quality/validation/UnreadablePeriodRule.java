package tw.gov.quality.validation;

import java.util.Optional;
import java.util.function.Function;

import tw.gov.quality.progress.ProgressSheetLayout;

/** YEAR_UNREADABLE, QUARTER_UNREADABLE: 計畫年度 and 季別 can be read. */
record UnreadablePeriodRule(Rule rule, String label, Function<SheetHeader, Optional<Integer>> value,
		String fix) implements SheetRule {

	static final UnreadablePeriodRule YEAR = new UnreadablePeriodRule(Rule.YEAR_UNREADABLE, ProgressSheetLayout.YEAR,
			SheetHeader::year, "請在「計畫年度」右邊填民國年，例如 107");

	static final UnreadablePeriodRule QUARTER = new UnreadablePeriodRule(Rule.QUARTER_UNREADABLE,
			ProgressSheetLayout.QUARTER, SheetHeader::quarter, "請在「季別」右邊填 1 到 4 的數字，例如 2");

	@Override
	public Optional<Finding> check(SheetHeader header) {
		if (value.apply(header).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(new Finding(rule, header.metadataCell(label), null,
				label + "「" + header.metadataText(label) + "」無法辨識", fix));
	}

}
