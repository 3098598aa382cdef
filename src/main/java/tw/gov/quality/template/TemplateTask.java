package tw.gov.quality.template;

import java.util.Map;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Plan;

/** One template to write: the office, the plan it reports against, and its previous figures. */
record TemplateTask(Office office, Plan plan, ReportingPeriod period, Map<String, PreviousFigure> previous) {
}
