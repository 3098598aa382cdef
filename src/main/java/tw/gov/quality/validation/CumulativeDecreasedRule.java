package tw.gov.quality.validation;

import java.math.BigDecimal;
import java.util.Optional;

import static tw.gov.quality.progress.ProgressSheetLayout.CUMULATIVE;

/** CUMULATIVE_DECREASED: a cumulative figure counts from January, so it never falls below last quarter's. */
final class CumulativeDecreasedRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		Optional<BigDecimal> before = item.before().map(ReportedItem::cumulative);
		if (before.isEmpty() || item.cumulative().isEmpty() || item.cumulative().get().compareTo(before.get()) >= 0) {
			return Optional.empty();
		}
		return Optional.of(item.finding(Rule.CUMULATIVE_DECREASED, item.filled(CUMULATIVE).orElseThrow().ref(),
				"項次 " + item.code() + " 的累計辦理數量 " + item.cumulative().get().toPlainString() + " 少於上季已報的 "
						+ before.get().toPlainString(),
				"累計數量是自年初起的總數，不可少於上季；請填入至本季底的累計數"));
	}

}
