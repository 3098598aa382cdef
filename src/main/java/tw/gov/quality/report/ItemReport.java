package tw.gov.quality.report;

import java.util.List;

import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.ReportedItem;

/**
 * One plan item in an office's report.
 *
 * @param reported what the office reported, {@code null} if it has no accepted submission
 * @param warnings the warnings found on this item when the sheet was accepted
 */
public record ItemReport(PlanItem item, ReportedItem reported, List<Finding> warnings) {

	public ItemReport {
		warnings = List.copyOf(warnings);
	}

	public boolean behindPace() {
		return warnings.stream().anyMatch(w -> w.rule() == tw.gov.quality.validation.Rule.BEHIND_PACE
				|| w.rule() == tw.gov.quality.validation.Rule.BELOW_ANNUAL_TARGET);
	}

	/**
	 * Done as far as a reviewer on paper is concerned: 已完成 or 持續辦理 (both count as done in 完成率) and
	 * no warning. Its 執行情形 prints in full only in the annex 執行情形明細.
	 */
	public boolean settled() {
		return reported != null && warnings.isEmpty()
				&& (reported.status() == tw.gov.quality.progress.ItemStatus.COMPLETED
						|| reported.status() == tw.gov.quality.progress.ItemStatus.ONGOING);
	}

	public boolean overdue() {
		return warnings.stream().anyMatch(w -> w.rule() == tw.gov.quality.validation.Rule.DEADLINE_PASSED);
	}

}
