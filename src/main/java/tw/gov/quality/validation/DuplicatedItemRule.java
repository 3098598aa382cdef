package tw.gov.quality.validation;

import java.util.Optional;

/** ITEM_DUPLICATED: each plan item is reported on one row only; the first row counts. */
final class DuplicatedItemRule implements RowRule {

	@Override
	public Optional<Finding> check(RowContext row) {
		if (row.item().isEmpty()) {
			return Optional.empty();
		}
		String code = row.code().get();
		int first = row.sheet().firstRows().get(code);
		int here = row.row().rowNumber();
		if (first == here) {
			return Optional.empty();
		}
		return Optional.of(new Finding(Rule.ITEM_DUPLICATED, row.codeCell(), code,
				"項次 " + code + " 重複出現（第 " + first + " 列與第 " + here + " 列）", "請刪除重複的列，每個項次只填一列"));
	}

}
