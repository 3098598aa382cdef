package tw.gov.quality.validation;

import java.util.Optional;

import static tw.gov.quality.progress.ProgressSheetLayout.DESCRIPTION;

/** SAME_AS_PREVIOUS (warning): 執行情形 is not last quarter's text copied over. */
final class SameAsPreviousRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		String description = item.text(DESCRIPTION);
		Optional<String> before = item.before().map(ReportedItem::description).map(String::strip);
		if (description.isBlank() || !before.equals(Optional.of(description.strip()))) {
			return Optional.empty();
		}
		return Optional.of(item.finding(Rule.SAME_AS_PREVIOUS, item.cell(DESCRIPTION),
				"項次 " + item.code() + " 的執行情形與上季完全相同", "請具體描述本季新增的辦理內容"));
	}

}
