package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.progress.ItemStatus;

import static tw.gov.quality.progress.ProgressSheetLayout.REMARK;

/** NOT_APPLICABLE_WITHOUT_REASON (warning): 不適用 comes with its reason in 備註. */
final class NotApplicableWithoutReasonRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		if (!item.hasStatus(ItemStatus.NOT_APPLICABLE) || !item.text(REMARK).isBlank()) {
			return Optional.empty();
		}
		return Optional.of(item.finding(Rule.NOT_APPLICABLE_WITHOUT_REASON, item.cell(REMARK),
				"項次 " + item.code() + " 填「不適用」但備註沒有說明原因", "請在備註說明本項不適用的原因"));
	}

}
