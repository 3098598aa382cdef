package tw.gov.quality.validation;

import java.math.BigDecimal;
import java.util.Optional;

import tw.gov.quality.plan.Target;

import static tw.gov.quality.progress.ProgressSheetLayout.CUMULATIVE;

/** BELOW_ANNUAL_TARGET (warning): in the fourth quarter, the year's figure reaches the plan's target. */
final class BelowAnnualTargetRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		Optional<Target> target = item.countedTarget();
		BigDecimal done = item.cumulative().orElse(BigDecimal.ZERO);
		if (target.isEmpty() || item.period().quarter() != 4
				|| done.compareTo(BigDecimal.valueOf(target.get().annualQuantity())) >= 0) {
			return Optional.empty();
		}
		String unit = target.get().unit();
		return Optional.of(item.finding(Rule.BELOW_ANNUAL_TARGET, item.cell(CUMULATIVE),
				"項次 " + item.code() + " 全年累計 " + done.toPlainString() + unit + "，未達年度目標 "
						+ target.get().annualQuantity() + unit,
				"請在執行情形或備註說明未達目標的原因"));
	}

}
