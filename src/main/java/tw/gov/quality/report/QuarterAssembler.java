package tw.gov.quality.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.progress.ItemStatus;

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

	public QuarterAssembler(OfficeRegistry offices, PlanRegistry plans, Submissions submissions,
			OfficeDeadlines deadlines) {
		this.offices = offices;
		this.plans = plans;
		this.submissions = submissions;
		this.deadlines = deadlines;
	}

	/** Every office with offices beneath it. */
	public List<Office> supervisors() {
		return offices.all().stream().filter(office -> offices.isSupervisor(office.code())).toList();
	}

	public SupervisorReport assemble(String supervisorCode, ReportingPeriod period, LocalDateTime asOf) {
		Office supervisor = offices.get(supervisorCode);
		List<OfficeReport> reports = new ArrayList<>();
		for (Office office : expectedOffices(supervisorCode, period)) {
			reports.add(officeReport(office, period, asOf));
		}
		List<SupervisorReport.AgencyTotals> agencies = new ArrayList<>();
		for (Office child : offices.children(supervisorCode)) {
			if (offices.isSupervisor(child.code())) {
				agencies.add(totals(child, reports));
			}
		}
		return new SupervisorReport(supervisor, period, asOf, reports, agencies);
	}

	/**
	 * The reporting offices beneath a supervisor that owe a sheet for the period: those with a plan
	 * for the year (their own or inherited).
	 */
	public List<Office> expectedOffices(String supervisorCode, ReportingPeriod period) {
		return offices.descendants(supervisorCode)
			.stream()
			.filter(office -> !offices.isSupervisor(office.code()))
			.filter(office -> plans.planFor(office.code(), period.rocYear()).isPresent())
			.toList();
	}

	/** Every reporting office in the registry that owes a sheet for the period. */
	public List<Office> expectedOffices(ReportingPeriod period) {
		return offices.reportingOffices()
			.stream()
			.filter(office -> plans.planFor(office.code(), period.rocYear()).isPresent())
			.toList();
	}

	public OfficeReport officeReport(Office office, ReportingPeriod period, LocalDateTime asOf) {
		Plan plan = plans.planFor(office.code(), period.rocYear()).orElse(null);
		LocalDateTime deadline = deadlines.deadline(office.code(), period);
		Optional<Submissions.Accepted> accepted = submissions.accepted(office.code(), period, asOf);
		SubmissionState state = state(office, period, asOf, deadline, accepted);
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
				accepted.map(Submissions.Accepted::id).orElse(null));
	}

	private SubmissionState state(Office office, ReportingPeriod period, LocalDateTime asOf, LocalDateTime deadline,
			Optional<Submissions.Accepted> accepted) {
		if (accepted.isPresent()) {
			return accepted.get().receivedAt().isAfter(deadline) ? SubmissionState.LATE : SubmissionState.ON_TIME;
		}
		if (!asOf.isAfter(deadline)) {
			return SubmissionState.PENDING;
		}
		return submissions.refused(office.code(), period, asOf) ? SubmissionState.REFUSED_UNCORRECTED
				: SubmissionState.MISSING;
	}

	private SupervisorReport.AgencyTotals totals(Office agency, List<OfficeReport> reports) {
		List<String> beneath = offices.descendants(agency.code()).stream().map(Office::code).toList();
		List<OfficeReport> mine = reports.stream().filter(r -> beneath.contains(r.office().code())).toList();
		long items = mine.stream().mapToLong(OfficeReport::total).sum();
		long submittedItems = mine.stream().filter(r -> r.state().submitted()).mapToLong(OfficeReport::total).sum();
		long completed = mine.stream().mapToLong(r -> r.count(ItemStatus.COMPLETED) + r.count(ItemStatus.ONGOING)).sum();
		long applicable = mine.stream()
			.filter(r -> r.state().submitted())
			.mapToLong(r -> r.total() - r.count(ItemStatus.NOT_APPLICABLE))
			.sum();
		return new SupervisorReport.AgencyTotals(agency, mine.size(),
				mine.stream().filter(r -> r.state().submitted()).count(),
				mine.stream().filter(r -> r.state() == SubmissionState.ON_TIME).count(), items, submittedItems, completed,
				mine.stream().mapToLong(OfficeReport::behindPace).sum(),
				mine.stream().mapToLong(OfficeReport::overdue).sum(),
				applicable == 0 ? null : (double) completed / applicable);
	}

}
