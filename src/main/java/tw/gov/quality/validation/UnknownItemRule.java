package tw.gov.quality.validation;

import java.util.Optional;

/** ITEM_UNKNOWN: a readable 項次 is an item of the office's plan. */
final class UnknownItemRule implements RowRule {

	@Override
	public Optional<Finding> check(RowContext row) {
		if (row.code().isEmpty() || row.item().isPresent()) {
			return Optional.empty();
		}
		String code = row.code().get();
		return Optional.of(new Finding(Rule.ITEM_UNKNOWN, row.codeCell(), code,
				"項次 " + code + " 不在貴機關 " + row.sheet().plan().rocYear() + " 年度執行計畫中",
				"請確認項次是否打錯；計畫項目請以系統產生的範本為準，不要自行增列"));
	}

}
