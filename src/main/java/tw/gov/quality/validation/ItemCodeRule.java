package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.progress.Field;

/** ITEM_CODE_UNREADABLE: a row with content has a 項次 that can be read. */
final class ItemCodeRule implements RowRule {

	@Override
	public Optional<Finding> check(RowContext row) {
		if (row.code().isPresent()) {
			return Optional.empty();
		}
		String text = row.row().code().map(Field::text).orElse("");
		return Optional.of(new Finding(Rule.ITEM_CODE_UNREADABLE, row.codeCell(), null,
				text.isEmpty() ? "這一列有填報內容，但「項次」空白" : "項次「" + text + "」無法辨識",
				"請填入計畫的項次，例如 2.4；非計畫項目的列請刪除"));
	}

}
