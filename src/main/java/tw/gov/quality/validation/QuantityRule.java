package tw.gov.quality.validation;

import java.util.Optional;

import static tw.gov.quality.progress.ProgressSheetLayout.CUMULATIVE;

/** QUANTITY_UNREADABLE: a 累計辦理數量, when given, is a number and not negative. */
final class QuantityRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		return item.filled(CUMULATIVE)
			.filter(field -> item.cumulative().isEmpty())
			.map(field -> item.finding(Rule.QUANTITY_UNREADABLE, field.ref(),
					"項次 " + item.code() + " 的累計辦理數量「" + field.text() + "」不是數字",
					"請只填阿拉伯數字，例如 3；單位與說明請寫在執行情形或備註"));
	}

}
