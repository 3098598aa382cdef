package tw.gov.quality.history;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.SubmissionRecord;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.OfficeReport;
import tw.gov.quality.report.QuarterAssembler;
import tw.gov.quality.report.SubmissionState;
import tw.gov.quality.security.AccessScope;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.web.NotFound;

/** An office's page: who it is, where it stands this quarter, and every file it ever sent. */
@Component
class OfficeHistory {

	private final OfficeRegistry offices;

	private final AccessScope scope;

	private final Submissions submissions;

	private final QuarterAssembler assembler;

	private final PlanRegistry plans;

	private final OfficeDeadlines deadlines;

	OfficeHistory(OfficeRegistry offices, AccessScope scope, Submissions submissions, QuarterAssembler assembler,
			PlanRegistry plans, OfficeDeadlines deadlines) {
		this.offices = offices;
		this.scope = scope;
		this.submissions = submissions;
		this.assembler = assembler;
		this.plans = plans;
		this.deadlines = deadlines;
	}

	/**
	 * @param parent its supervising office, when the user may see it
	 * @param children the offices directly beneath it that the user may see
	 * @param state the office's state for the period; {@code null} for a supervisor or without a plan
	 */
	record OfficePage(Office office, Office parent, List<Office> children, ReportingPeriod period,
			SubmissionState state, LocalDateTime deadline, OfficeDeadlines.Extension extension,
			List<SubmissionView> history) {
	}

	/** A submission with its findings. */
	record SubmissionView(SubmissionRecord submission, List<Finding> findings) {
	}

	OfficePage page(ConsoleUser user, String code, ReportingPeriod period, LocalDateTime asOf) {
		Office office = visible(user, code);
		Office parent = office.isRoot() ? null : offices.get(office.parentCode());
		List<Office> children = offices.children(office.code())
			.stream()
			.filter(child -> scope.canSee(user, child.code()))
			.toList();
		SubmissionState state = null;
		LocalDateTime deadline = null;
		if (!offices.isSupervisor(office.code()) && plans.planFor(office.code(), period.rocYear()).isPresent()) {
			OfficeReport report = assembler.officeReport(office, period, asOf);
			state = report.state();
			deadline = report.deadline();
		}
		return new OfficePage(office, parent != null && scope.canSee(user, parent.code()) ? parent : null, children,
				period, state, deadline, deadlines.extension(office.code(), period).orElse(null),
				views(submissions.history(office.code())));
	}

	/** Every file the office sent, newest first, with its findings. */
	List<SubmissionView> submissions(ConsoleUser user, String code) {
		return views(submissions.history(visible(user, code).code()));
	}

	/**
	 * The office, when it is known and the user may see it.
	 *
	 * @throws NotFound for an unknown code
	 */
	Office visible(ConsoleUser user, String code) {
		Office office = offices.find(code).orElseThrow(() -> new NotFound("查無機關代碼 " + code));
		scope.check(user, office.code());
		return office;
	}

	SubmissionView submission(ConsoleUser user, long id) {
		SubmissionRecord submission = submissions.find(id).orElseThrow(() -> new NotFound("查無收件編號 " + id));
		scope.check(user, submission.officeCode());
		return new SubmissionView(submission, submissions.findings(id));
	}

	List<SubmissionView> unassigned() {
		return views(submissions.unassigned());
	}

	private List<SubmissionView> views(List<SubmissionRecord> records) {
		return records.stream()
			.map(submission -> new SubmissionView(submission, submissions.findings(submission.id())))
			.toList();
	}

}
