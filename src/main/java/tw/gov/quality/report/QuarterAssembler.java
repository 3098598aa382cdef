package tw.gov.quality.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
		if (planned.contains(office.code())) {
			return true;
		}
		return offices.ancestors(office.code()).stream().anyMatch(ancestor -> planned.contains(ancestor.code()));
	}

	/**
	 * The offices' reports in the given order, read {@value #PAGE} offices at a time: only one page's
	 * items are in memory at once, however many offices there are.
	 */
	public Iterator<OfficeReport> officeReports(List<Office> reporting, ReportingPeriod period, LocalDateTime asOf) {
		return new OfficePages<>(reporting, PAGE, slice -> page(slice, period, asOf));
	}

	private List<OfficeReport> page(List<Office> slice, ReportingPeriod period, LocalDateTime asOf) {
		List<String> codes = slice.stream().map(Office::code).toList();
		Map<String, Submissions.Accepted> accepted = submissions.accepted(codes, period, asOf);
		Set<String> refused = submissions.refused(codes, period, asOf);
		Map<String, List<TrackedItem>> trackedItems = tracked.history(codes, period);
		Map<String, ReviewForms.Score> scores = reviews.latestScores(codes, period);
		List<OfficeReport> reports = new ArrayList<>(slice.size());
		for (Office office : slice) {
			reports.add(officeReport(office, period, asOf, Optional.ofNullable(accepted.get(office.code())),
					() -> refused.contains(office.code()), trackedItems.getOrDefault(office.code(), List.of()),
					scores.get(office.code())));
		}
		return reports;
	}

	public OfficeReport officeReport(Office office, ReportingPeriod period, LocalDateTime asOf) {
		return officeReport(office, period, asOf, submissions.accepted(office.code(), period, asOf),
				() -> submissions.refused(office.code(), period, asOf), tracked.history(office.code(), period),
				reviews.latestScore(office.code(), period).orElse(null));
	}

	private OfficeReport officeReport(Office office, ReportingPeriod period, LocalDateTime asOf,
			Optional<Submissions.Accepted> accepted, BooleanSupplier refused, List<TrackedItem> trackedItems,
			ReviewForms.Score score) {
		Plan plan = plans.planFor(office.code(), period.rocYear()).orElse(null);
		LocalDateTime deadline = deadlines.deadline(office.code(), period);
		SubmissionState state = state(asOf, deadline, accepted, refused);
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
		return new OfficeReport(office, state, plan, receivedAt, late, deadline, items,
				accepted.map(Submissions.Accepted::id).orElse(null), trackedItems, score);
	}

	private static SubmissionState state(LocalDateTime asOf, LocalDateTime deadline,
			Optional<Submissions.Accepted> accepted, BooleanSupplier refused) {
		if (accepted.isPresent()) {
			return accepted.get().receivedAt().isAfter(deadline) ? SubmissionState.LATE : SubmissionState.ON_TIME;
		}
		if (!asOf.isAfter(deadline)) {
			return SubmissionState.PENDING;
		}
		return refused.getAsBoolean() ? SubmissionState.REFUSED_UNCORRECTED
				: SubmissionState.MISSING;
	}

	private SupervisorReport.AgencyTotals totals(Office agency, List<? extends OfficeLine> reports) {
		Set<String> beneath = offices.descendants(agency.code()).stream().map(Office::code).collect(Collectors.toSet());
		return SupervisorReport.AgencyTotals.of(agency,
				reports.stream().filter(r -> beneath.contains(r.office().code())).map(OfficeLine.class::cast).toList());
	}

}
