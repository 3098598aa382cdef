package tw.gov.quality.validation;

import java.time.LocalDate;
import java.util.Optional;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.progress.Field;

import static tw.gov.quality.progress.ProgressSheetLayout.COMPLETED_ON;

/** DATE_UNREADABLE, DATE_OUTSIDE_YEAR: a 完成日期, when given, is a date in the plan year. */
final class CompletedOnRule implements ItemRule {

	@Override
	public Optional<Finding> check(ItemContext item) {
		Optional<Field> field = item.filled(COMPLETED_ON);
		if (field.isEmpty()) {
			return Optional.empty();
		}
		ReportingPeriod period = item.period();
		if (item.completedOn().isEmpty()) {
			return Optional.of(item.finding(Rule.DATE_UNREADABLE, field.get().ref(),
					"項次 " + item.code() + " 的完成日期「" + field.get().text() + "」無法辨識",
					"請填日期，例如 " + period.rocYear() + "/3/5 或 " + period.adYear() + "-03-05"));
		}
		LocalDate date = item.completedOn().get();
		if (date.getYear() == period.adYear()) {
			return Optional.empty();
		}
		return Optional.of(item.finding(Rule.DATE_OUTSIDE_YEAR, field.get().ref(),
				"項次 " + item.code() + " 的完成日期 " + RocDates.slashed(date) + " 不在計畫年度（" + period.rocYear() + " 年）內",
				"請確認日期是否打錯；完成日期須在 " + period.rocYear() + " 年 1 月 1 日至 12 月 31 日之間"));
	}

}
