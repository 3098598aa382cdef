package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.progress.ProgressSheetLayout;

/** NO_PLAN: the office has a plan for the year the sheet reports on. */
final class NoPlanRule {

	Optional<Finding> check(SheetHeader header, ReportingPeriod period, Optional<Plan> plan) {
		if (plan.isPresent()) {
			return Optional.empty();
		}
		return Optional.of(new Finding(Rule.NO_PLAN, header.metadataCell(ProgressSheetLayout.YEAR), null,
				"系統中沒有貴機關 " + period.rocYear() + " 年度的執行計畫",
				"請確認計畫年度是否填錯；若年度無誤，請洽上級機關登錄貴機關的年度計畫"));
	}

}
