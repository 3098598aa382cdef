package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.progress.Field;

import static tw.gov.quality.progress.ProgressSheetLayout.STATUS;
import static tw.gov.quality.progress.ProgressSheetLayout.STATUSES;

/** STATUS_MISSING, STATUS_UNREADABLE: 執行狀態 is one the drop-down offers (or a known synonym). */
final class StatusRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		String choices = String.join("、", STATUSES);
		Optional<Field> field = item.filled(STATUS);
		if (field.isEmpty()) {
			return Optional.of(item.finding(Rule.STATUS_MISSING, item.cell(STATUS), "項次 " + item.code() + " 的執行狀態空白",
					"請從下拉選單選擇執行狀態：" + choices));
		}
		if (item.status().isPresent()) {
			return Optional.empty();
		}
		return Optional.of(item.finding(Rule.STATUS_UNREADABLE, field.get().ref(),
				"項次 " + item.code() + " 的執行狀態「" + field.get().text() + "」無法辨識", "請改填：" + choices));
	}

}
