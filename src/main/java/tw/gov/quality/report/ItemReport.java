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

	public boolean overdue() {
		return warnings.stream().anyMatch(w -> w.rule() == tw.gov.quality.validation.Rule.DEADLINE_PASSED);
	}

}
