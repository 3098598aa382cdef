package tw.gov.quality.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.beans.factory.ObjectProvider;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.review.TrackedItems;

/**
 * What an office's template needs: its plan for the year, its figures of the previous quarter and its open
 * tracked items. An office without a plan is filtered, and named in the step's execution context
 * ({@value TemplateJobConfiguration#OFFICES_WITHOUT_PLAN}) for the command's summary.
 */
class TemplateTaskProcessor implements ItemProcessor<Office, TemplateTask> {

	private final PlanRegistry plans;

	private final ObjectProvider<PreviousFigures> previousFigures;

	private final ObjectProvider<TrackedItems> trackedItems;

	private final ReportingPeriod period;

	private final StepExecution step;

	private final List<String> withoutPlan = new ArrayList<>();

	TemplateTaskProcessor(PlanRegistry plans, ObjectProvider<PreviousFigures> previousFigures,
			ObjectProvider<TrackedItems> trackedItems, ReportingPeriod period, StepExecution step) {
		this.plans = plans;
		this.previousFigures = previousFigures;
		this.trackedItems = trackedItems;
		this.period = period;
		this.step = step;
	}

	@Override
	public TemplateTask process(Office office) {
		var plan = plans.planFor(office.code(), period.rocYear());
		if (plan.isEmpty()) {
			withoutPlan.add(office.code());
			step.getExecutionContext().putString(TemplateJobConfiguration.OFFICES_WITHOUT_PLAN, String.join(",", withoutPlan));
			return null;
		}
		Map<String, PreviousFigure> previous = period.previous()
			.flatMap(before -> previousFigures.stream().findFirst().map(source -> source.accepted(office.code(), before)))
			.orElse(Map.of());
		List<TrackedItem> tracked = trackedItems.stream()
			.findFirst()
			.map(items -> items.outstanding(office.code(), period))
			.orElse(List.of());
		return new TemplateTask(office, plan.get(), period, previous, tracked);
	}

}
