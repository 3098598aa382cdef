package tw.gov.quality.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.PlanKey;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.review.ReviewForms;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.review.TrackedItems;

/**
 * Gathers a supervisor's quarter from the registry, the plans and the accepted submissions, as it
 * stood at a given moment, so that a rerun with the same moment gives the same report.
 */
@Component
public class QuarterAssembler {

	private final OfficeRegistry offices;

	private final PlanRegistry plans;

	private final Submissions submissions;

	private final OfficeDeadlines deadlines;

	private final TrackedItems tracked;

	private final ReviewForms reviews;

	public QuarterAssembler(OfficeRegistry offices, PlanRegistry plans, Submissions submissions,
			OfficeDeadlines deadlines, TrackedItems tracked, ReviewForms reviews) {
		this.tracked = tracked;
		this.reviews = reviews;
		this.offices = offices;
		this.plans = plans;
		this.submissions = submissions;
		this.deadlines = deadlines;
	}

	/** Every office with offices beneath it. */
	public List<Office> supervisors() {
		return offices.all().stream().filter(office -> offices.isSupervisor(office.code())).toList();
	}

	/** Offices read together: a few queries for the page instead of a few per office. */
	static final int PAGE = 200;

	/**
	 * The roll-up lines of a supervisor above supervisors (one per child agency over the offices
	 * beneath it); empty for a supervisor of reporting offices only.
	 */
	public List<SupervisorReport.AgencyTotals> agencies(String supervisorCode, List<? extends OfficeLine> lines) {
		List<SupervisorReport.AgencyTotals> agencies = new ArrayList<>();
		for (Office child : offices.children(supervisorCode)) {
			if (offices.isSupervisor(child.code())) {
				agencies.add(totals(child, lines));
			}
		}
		return agencies;
	}

	/**
	 * The reporting offices beneath a supervisor that owe a sheet for the period: those with a plan
	 * for the year (their own or inherited).
	 */
	public List<Office> expectedOffices(String supervisorCode, ReportingPeriod period) {
		Set<String> planned = plannedOffices(period);
		return offices.descendants(supervisorCode)
			.stream()
			.filter(office -> !offices.isSupervisor(office.code()))
			.filter(office -> hasPlan(office, planned))
			.toList();
	}

	/** Every reporting office in the registry that owes a sheet for the period. */
	public List<Office> expectedOffices(ReportingPeriod period) {
		Set<String> planned = plannedOffices(period);
		return offices.reportingOffices().stream().filter(office -> hasPlan(office, planned)).toList();
	}

	/** Offices with a plan of their own for the period's year: one query, no plan read. */
	private Set<String> plannedOffices(ReportingPeriod period) {
		Set<String> planned = new HashSet<>();
		for (PlanKey key : plans.plans()) {
			if (key.rocYear() == period.rocYear()) {
				planned.add(key.officeCode());
			}
		}
		return planned;
	}

	/** As {@link PlanRegistry#planFor}: its own plan or one inherited from above. */
	private boolean hasPlan(Office office, Set<String> planned) {
		return planOwner(office, planned).isPresent();
	}

	/** The office whose plan it reports against: itself or its nearest ancestor with a plan of its own. */
	private Optional<String> planOwner(Office office, Set<String> planned) {
		if (planned.contains(office.code())) {
			return Optional.of(office.code());
		}
		return offices.ancestors(office.code()).stream().map(Office::code).filter(planned::contains).findFirst();
	}

	/**
	 * The offices' reports in the given order, read {@value #PAGE} offices at a time: only one page's
	 * items are in memory at once, however many offices there are.
	 */
	public Iterator<OfficeReport> officeReports(List<Office> reporting, ReportingPeriod period, LocalDateTime asOf) {
		Set<String> planned = plannedOffices(period);
		return new OfficePages<>(reporting, PAGE, slice -> page(slice, period, asOf, planned));
	}

	/** A page of offices in a few queries: none per office, their plans and deadlines included. */
	private List<OfficeReport> page(List<Office> slice, ReportingPeriod period, LocalDateTime asOf,
			Set<String> planned) {
		List<String> codes = slice.stream().map(Office::code).toList();
		Map<String, Submissions.Accepted> accepted = submissions.accepted(codes, period, asOf);
		Set<String> refused = submissions.refused(codes, period, asOf);
		Map<String, List<TrackedItem>> trackedItems = tracked.history(codes, period);
		Map<String, ReviewForms.Score> scores = reviews.latestScores(codes, period);
		Map<String, Map<ReportingPeriod, OfficeDeadlines.Extension>> extensions = deadlines.extensions(codes);
		Map<Office, String> owners = new HashMap<>();
		slice.forEach(office -> planOwner(office, planned).ifPresent(owner -> owners.put(office, owner)));
		plans.expect(owners.values());
		List<OfficeReport> reports = new ArrayList<>(slice.size());
		for (Office office : slice) {
			Plan plan = owners.containsKey(office) ? plans.ownPlan(owners.get(office), period.rocYear()).orElse(null)
					: null;
			LocalDateTime deadline = deadlines.deadline(period,
					Optional.ofNullable(extensions.getOrDefault(office.code(), Map.of()).get(period)));
			reports.add(officeReport(new Found(office, plan, deadline, trackedItems.getOrDefault(office.code(), List.of()),
					scores.get(office.code())), period, asOf, Optional.ofNullable(accepted.get(office.code())),
					() -> refused.contains(office.code())));
		}
		return reports;
	}

	public OfficeReport officeReport(Office office, ReportingPeriod period, LocalDateTime asOf) {
		Found found = new Found(office, plans.planFor(office.code(), period.rocYear()).orElse(null),
				deadlines.deadline(office.code(), period), tracked.history(office.code(), period),
				reviews.latestScore(office.code(), period).orElse(null));
		return officeReport(found, period, asOf, submissions.accepted(office.code(), period, asOf),
				() -> submissions.refused(office.code(), period, asOf));
	}

	/** What is looked up of an office besides its submission: its plan, deadline, tracked items and score. */
	private record Found(Office office, Plan plan, LocalDateTime deadline, List<TrackedItem> trackedItems,
			ReviewForms.Score score) {
	}

	private OfficeReport officeReport(Found found, ReportingPeriod period, LocalDateTime asOf,
			Optional<Submissions.Accepted> accepted, BooleanSupplier refused) {
		Plan plan = found.plan();
		LocalDateTime deadline = found.deadline();
		SubmissionState state = SubmissionState.of(asOf, deadline, accepted.map(Submissions.Accepted::receivedAt), refused);
		List<ItemReport> items = new ArrayList<>();
		if (plan != null) {
			for (PlanItem item : plan.items()) {
				items.add(new ItemReport(item, accepted.map(a -> a.items().get(item.code())).orElse(null),
						accepted.map(a -> a.warnings().getOrDefault(item.code(), List.of())).orElse(List.of())));
			}
		}
		LocalDateTime receivedAt = accepted.map(Submissions.Accepted::receivedAt).orElse(null);
		Duration late = (receivedAt != null && receivedAt.isAfter(deadline)) ? Duration.between(deadline, receivedAt)
				: Duration.ZERO;
		return new OfficeReport(found.office(), state, plan, receivedAt, late, deadline, items,
				accepted.map(Submissions.Accepted::id).orElse(null), found.trackedItems(), found.score());
	}

	private SupervisorReport.AgencyTotals totals(Office agency, List<? extends OfficeLine> reports) {
		Set<String> beneath = offices.descendants(agency.code()).stream().map(Office::code).collect(Collectors.toSet());
		return SupervisorReport.AgencyTotals.of(agency,
				reports.stream().filter(r -> beneath.contains(r.office().code())).map(OfficeLine.class::cast).toList());
	}

}
