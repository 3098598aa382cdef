package tw.gov.quality.validation;

import java.math.BigDecimal;
import java.util.Optional;

import tw.gov.quality.plan.Target;

import static tw.gov.quality.progress.ProgressSheetLayout.CUMULATIVE;

/** BEHIND_PACE (warning): in quarters one to three, the figure keeps pace with the plan's target. */
final class BehindPaceRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		Optional<Target> target = item.countedTarget();
		int quarter = item.period().quarter();
		if (target.isEmpty() || quarter == 4) {
			return Optional.empty();
		}
		BigDecimal done = item.cumulative().orElse(BigDecimal.ZERO);
		int expected = target.get().expectedByQuarter(quarter);
		if (done.compareTo(BigDecimal.valueOf(expected)) >= 0) {
			return Optional.empty();
		}
		String unit = target.get().unit();
		return Optional.of(item.finding(Rule.BEHIND_PACE, item.cell(CUMULATIVE),
				"項次 " + item.code() + " 累計 " + done.toPlainString() + unit + "，落後進度（年度目標 "
						+ target.get().annualQuantity() + unit + "，至第 " + quarter + " 季應達 " + expected + unit + "）",
				"請加緊辦理，並在執行情形說明落後原因與改善作法"));
	}

}
