package tw.gov.quality.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.progress.ProgressRow;
import tw.gov.quality.progress.ProgressSheet;

/**
 * Checks what an office reported against its plan and its previous accepted quarter. Errors refuse
 * the file; warnings are kept for the quarterly report. Every finding names its cell and says how
 * to fix it, so the office can correct its sheet from the receipt alone.
 * <p>
 * The rules run in the order of the lists below, which is the order of the findings on a receipt: the
 * header first (any finding there stops the check), then each row (a problem with its 項次 skips the
 * row; an error in its values skips its warnings), then the plan items no row reports on.
 */
public class SheetValidator {

	private static final List<SheetRule> HEADER_RULES = List.of(new OfficeCodeRule(), new TemplateOfficeRule(),
			UnreadablePeriodRule.YEAR, UnreadablePeriodRule.QUARTER, TemplatePeriodRule.YEAR,
			TemplatePeriodRule.QUARTER);

	private static final List<RowRule> ROW_RULES = List.of(new ItemCodeRule(), new UnknownItemRule(),
			new DuplicatedItemRule());

	private static final List<ItemRule> ITEM_ERROR_RULES = List.of(new StatusRule(), new QuantityRule(),
			new CompletedOnRule(), new CompletedWithoutDateRule(), new CumulativeDecreasedRule());

	private static final List<ItemRule> ITEM_WARNING_RULES = List.of(new BelowAnnualTargetRule(),
			new BehindPaceRule(), new DeadlinePassedRule(), new SameAsPreviousRule(),
			new NotApplicableWithoutReasonRule(), new DescriptionMissingRule());

	private final PlanLookup plans;

	private final PreviousLookup previous;

	public SheetValidator(PlanLookup plans, PreviousLookup previous) {
		this.plans = plans;
		this.previous = previous;
	}

	public Validation validate(ProgressSheet sheet, String folderOffice) {
		return validate(sheet, folderOffice, previous);
	}

	/** As {@link #validate(ProgressSheet, String)}, the previous quarter looked up in {@code previous}. */
	public Validation validate(ProgressSheet sheet, String folderOffice, PreviousLookup previous) {
		SheetHeader header = SheetHeader.read(sheet, folderOffice);
		List<Finding> findings = new ArrayList<>();
		HEADER_RULES.forEach(rule -> rule.check(header).ifPresent(findings::add));
		if (!findings.isEmpty()) {
			return new Validation(null, null, List.of(), findings);
		}
		ReportingPeriod period = header.period().orElseThrow();
		Optional<Plan> plan = plans.planFor(folderOffice, period.rocYear());
		Optional<Finding> noPlan = new NoPlanRule().check(header, period, plan);
		if (noPlan.isPresent()) {
			return new Validation(period, null, List.of(), List.of(noPlan.get()));
		}
		SheetContext context = SheetContext.of(sheet, plan.get(), period,
				previous.previousAccepted(folderOffice, period));
		List<ReportedItem> items = checkItems(context, findings);
		return new Validation(period, plan.get(), items, findings);
	}

	/** Checks every row, then the plan items without one; returns the accepted items in plan order. */
	private static List<ReportedItem> checkItems(SheetContext context, List<Finding> findings) {
		Map<String, ReportedItem> reported = new HashMap<>();
		for (ProgressRow row : context.sheet().rows()) {
			checkRow(RowContext.of(context, row), findings).ifPresent(item -> reported.put(item.itemCode(), item));
		}
		MissingItemRule missing = new MissingItemRule();
		List<ReportedItem> inPlanOrder = new ArrayList<>();
		for (PlanItem item : context.plan().items()) {
			missing.check(context, item).ifPresent(findings::add);
			Optional.ofNullable(reported.get(item.code())).ifPresent(inPlanOrder::add);
		}
		return inPlanOrder;
	}

	private static Optional<ReportedItem> checkRow(RowContext row, List<Finding> findings) {
		for (RowRule rule : ROW_RULES) {
			Optional<Finding> codeProblem = rule.check(row);
			if (codeProblem.isPresent()) {
				findings.add(codeProblem.get());
				return Optional.empty();
			}
		}
		ItemContext item = ItemContext.of(row.sheet(), row.row(), row.item().orElseThrow());
		List<Finding> errors = run(ITEM_ERROR_RULES, item);
		findings.addAll(errors);
		if (!errors.isEmpty() || item.status().isEmpty()) {
			return Optional.empty();
		}
		findings.addAll(run(ITEM_WARNING_RULES, item));
		return Optional.of(item.reported());
	}

	// A loop, not a stream: it runs for every item of every sheet, and the stream's own work showed in the profile.
	private static List<Finding> run(List<ItemRule> rules, ItemContext item) {
		List<Finding> findings = List.of();
		for (ItemRule rule : rules) {
			Optional<Finding> finding = rule.check(item);
			if (finding.isPresent()) {
				if (findings.isEmpty()) {
					findings = new ArrayList<>();
				}
				findings.add(finding.get());
			}
		}
		return findings;
	}

}
