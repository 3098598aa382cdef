package tw.gov.quality.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.OfficeReport;
import tw.gov.quality.report.QuarterAssembler;
import tw.gov.quality.report.SubmissionState;

/**
 * Which reminders are due at a moment, from each expected office's state and deadline (its own,
 * with any override or extension) as {@link QuarterAssembler} computes them. Whether one was
 * already sent is not decided here.
 */
@Component
class DueReminders {

	/** The states a supervisor is told about. */
	static final Set<SubmissionState> FLAGGED = EnumSet.of(SubmissionState.LATE, SubmissionState.MISSING,
			SubmissionState.REFUSED_UNCORRECTED);

	private final QuarterAssembler assembler;

	private final OfficeRegistry offices;

	private final ReminderProperties properties;

	DueReminders(QuarterAssembler assembler, OfficeRegistry offices, ReminderProperties properties) {
		this.assembler = assembler;
		this.offices = offices;
		this.properties = properties;
	}

	/** Offices' reminders first, then the supervisors', each in registry order. */
	List<Reminder> at(ReportingPeriod period, LocalDateTime asOf) {
		List<OfficeReport> reports = assembler.expectedOffices(period)
			.stream()
			.map(office -> assembler.officeReport(office, period, asOf))
			.toList();
		List<Reminder> due = new ArrayList<>();
		Set<Stage> stages = properties.stages();
		for (OfficeReport report : reports) {
			if (stages.contains(Stage.BEFORE) && beforeIsDue(report, asOf)) {
				due.add(new Reminder(Stage.BEFORE, report.office(), List.of(listed(report))));
			}
			if (stages.contains(Stage.AFTER) && afterIsDue(report)) {
				due.add(new Reminder(Stage.AFTER, report.office(), List.of(listed(report))));
			}
		}
		if (stages.contains(Stage.SUPERVISOR)) {
			Map<String, List<Reminder.Listed>> bySupervisor = new LinkedHashMap<>();
			for (OfficeReport report : reports) {
				if (report.office().parentCode() != null && FLAGGED.contains(report.state())) {
					bySupervisor.computeIfAbsent(report.office().parentCode(), code -> new ArrayList<>())
						.add(listed(report));
				}
			}
			bySupervisor.forEach((code, listed) -> due.add(new Reminder(Stage.SUPERVISOR, offices.get(code), listed)));
		}
		return due;
	}

	/** Pending, and today is on or after the date {@code days-before} days before the deadline. */
	boolean beforeIsDue(OfficeReport report, LocalDateTime asOf) {
		LocalDate from = report.deadline().toLocalDate().minusDays(properties.daysBefore());
		return report.state() == SubmissionState.PENDING && !asOf.toLocalDate().isBefore(from);
	}

	static boolean afterIsDue(OfficeReport report) {
		return report.state() == SubmissionState.MISSING || report.state() == SubmissionState.REFUSED_UNCORRECTED;
	}

	private static Reminder.Listed listed(OfficeReport report) {
		return new Reminder.Listed(report.office(), report.state(), report.deadline(),
				report.state() == SubmissionState.LATE ? report.receivedAt() : null);
	}

}
