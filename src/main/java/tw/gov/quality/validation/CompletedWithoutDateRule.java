package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.progress.ItemStatus;

import static tw.gov.quality.progress.ProgressSheetLayout.COMPLETED_ON;

/** COMPLETED_WITHOUT_DATE: an item reported 已完成 says when. */
final class CompletedWithoutDateRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		if (!item.hasStatus(ItemStatus.COMPLETED) || item.filled(COMPLETED_ON).isPresent()) {
			return Optional.empty();
		}
		return Optional.of(item.finding(Rule.COMPLETED_WITHOUT_DATE, item.cell(COMPLETED_ON),
				"項次 " + item.code() + " 已完成，但沒有填完成日期", "請填入完成日期，例如 " + item.period().rocYear() + "/3/5"));
	}

}
