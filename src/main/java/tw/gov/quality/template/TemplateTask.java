package tw.gov.quality.template;

import java.util.List;
import java.util.Map;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.review.TrackedItem;

/**
 * One template to write: the office, the plan it reports against, its previous figures, and its tracked items
 * (列管事項) outstanding for the period.
 */
record TemplateTask(Office office, Plan plan, ReportingPeriod period, Map<String, PreviousFigure> previous,
		List<TrackedItem> tracked) {

	TemplateTask(Office office, Plan plan, ReportingPeriod period, Map<String, PreviousFigure> previous) {
		this(office, plan, period, previous, List.of());
	}

}
