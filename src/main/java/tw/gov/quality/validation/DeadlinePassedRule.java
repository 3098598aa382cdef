package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.plan.Deadline;
import tw.gov.quality.progress.ItemStatus;

import static tw.gov.quality.progress.ProgressSheetLayout.STATUS;

/** DEADLINE_PASSED (warning): an item whose fixed 完成期限 fell within the period is done (or not applicable). */
final class DeadlinePassedRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		if (!(item.item().deadline() instanceof Deadline.Fixed fixed) || fixed.due().isAfter(item.period().lastDay())) {
			return Optional.empty();
		}
		return item.status()
			.filter(status -> status != ItemStatus.COMPLETED && status != ItemStatus.NOT_APPLICABLE)
			.map(status -> item.finding(Rule.DEADLINE_PASSED, item.cell(STATUS),
					"項次 " + item.code() + " 的完成期限「" + fixed.text() + "」已過，但執行狀態為「" + status.label() + "」",
					"若已完成請改為「已完成」並填完成日期；未完成請在執行情形說明原因與預定完成時間"));
	}

}
