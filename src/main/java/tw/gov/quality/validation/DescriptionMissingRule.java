package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.progress.ItemStatus;

import static tw.gov.quality.progress.ProgressSheetLayout.DESCRIPTION;

/** DESCRIPTION_MISSING (warning): an item that has started says what was done in 執行情形. */
final class DescriptionMissingRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		boolean started = item.status()
			.filter(status -> status != ItemStatus.NOT_STARTED && status != ItemStatus.NOT_APPLICABLE)
			.isPresent();
		if (!started || !item.text(DESCRIPTION).isBlank()) {
			return Optional.empty();
		}
		return Optional.of(item.finding(Rule.DESCRIPTION_MISSING, item.cell(DESCRIPTION),
				"項次 " + item.code() + " 的執行情形空白", "請簡要描述本期辦理情形（做了什麼、幾次、成效）"));
	}

}
