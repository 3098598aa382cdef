package tw.gov.quality.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.OfficeReport;
import tw.gov.quality.report.QuarterAssembler;
import tw.gov.quality.report.SubmissionState;
import tw.gov.quality.review.ScoreRecords;

/**
 * Which reminders are due at a moment, from each expected office's state and deadline (its own,
 * with any override or extension) as {@link QuarterAssembler} computes them, and from its 評分紀錄 as
 * {@link ScoreRecords} watches it. Whether one was already sent is not decided here.
 */
@Component
class DueReminders {

	/** The states a supervisor is told about. */
	static final Set<SubmissionState> FLAGGED = EnumSet.of(SubmissionState.LATE, SubmissionState.MISSING,
			SubmissionState.REFUSED_UNCORRECTED);

	/** The 評分紀錄 states a supervisor is told about, as the board flags them. */
	static final Set<ScoreRecords.State> RECORD_FLAGGED = EnumSet.of(ScoreRecords.State.LATE,
			ScoreRecords.State.MISSING);

	private final QuarterAssembler assembler;

	private final OfficeRegistry offices;

	private final ReminderProperties properties;

	private final ScoreRecords scoreRecords;

	DueReminders(QuarterAssembler assembler, OfficeRegistry offices, ReminderProperties properties,
			ScoreRecords scoreRecords) {
		this.assembler = assembler;
		this.offices = offices;
		this.properties = properties;
		this.scoreRecords = scoreRecords;
	}

	/** An office on one topic: listed as the reminders list it, and which stages are due for it. */
	private record Watched(Reminder.Listed listed, boolean before, boolean after, boolean flagged) {
	}

	/** The progress sheets' reminders (offices', then supervisors'), then the 評分紀錄's, each in registry order. */
	List<Reminder> at(ReportingPeriod period, LocalDateTime asOf) {
		List<OfficeReport> reports = assembler.expectedOffices(period)
			.stream()
			.map(office -> assembler.officeReport(office, period, asOf))
			.toList();
		List<Reminder> due = new ArrayList<>();
		add(due, Topic.PROGRESS, reports.stream().map(report -> progress(report, asOf)).toList());
		add(due, Topic.SCORE_RECORD, reports.stream()
			.map(report -> scoreRecord(report, period, asOf))
			.flatMap(Optional::stream)
			.toList());
		return due;
	}

	private void add(List<Reminder> due, Topic topic, List<Watched> watched) {
		Set<Stage> stages = properties.stages();
		for (Watched office : watched) {
			if (stages.contains(Stage.BEFORE) && office.before()) {
				due.add(new Reminder(Stage.BEFORE, topic, office.listed().office(), List.of(office.listed())));
			}
			if (stages.contains(Stage.AFTER) && office.after()) {
				due.add(new Reminder(Stage.AFTER, topic, office.listed().office(), List.of(office.listed())));
			}
		}
		if (stages.contains(Stage.SUPERVISOR)) {
			Map<String, List<Reminder.Listed>> bySupervisor = new LinkedHashMap<>();
			for (Watched office : watched) {
				String parent = office.listed().office().parentCode();
				if (parent != null && office.flagged()) {
					bySupervisor.computeIfAbsent(parent, code -> new ArrayList<>()).add(office.listed());
				}
			}
			bySupervisor.forEach((code, listed) -> due.add(new Reminder(Stage.SUPERVISOR, topic, offices.get(code), listed)));
		}
	}

	private Watched progress(OfficeReport report, LocalDateTime asOf) {
		Reminder.Listed listed = new Reminder.Listed(report.office(), report.state(), report.deadline(),
				report.state() == SubmissionState.LATE ? report.receivedAt() : null);
		return new Watched(listed, beforeIsDue(report, asOf), afterIsDue(report), FLAGGED.contains(report.state()));
	}

	/** The office's 評分紀錄, when its plan owes one for the quarter (see {@link ScoreRecords#record}). */
	private Optional<Watched> scoreRecord(OfficeReport report, ReportingPeriod period, LocalDateTime asOf) {
		if (report.plan() == null || report.office().parentCode() == null) {
			return Optional.empty();
		}
		return scoreRecords
			.record(report.office().code(), report.office().parentCode(), period, report.plan().evaluation(), asOf)
			.map(record -> new Watched(Reminder.Listed.scoreRecord(report.office(), record),
					record.state() == ScoreRecords.State.PENDING && from(record.due(), asOf),
					record.state() == ScoreRecords.State.MISSING, RECORD_FLAGGED.contains(record.state())));
	}

	/** Today is on or after the date {@code days-before} days before the deadline. */
	private boolean from(LocalDateTime deadline, LocalDateTime asOf) {
		LocalDate from = deadline.toLocalDate().minusDays(properties.daysBefore());
		return !asOf.toLocalDate().isBefore(from);
	}

	/** Pending, and today is on or after the date {@code days-before} days before the deadline. */
	private boolean beforeIsDue(OfficeReport report, LocalDateTime asOf) {
		return report.state() == SubmissionState.PENDING && from(report.deadline(), asOf);
	}

	private static boolean afterIsDue(OfficeReport report) {
		return report.state() == SubmissionState.MISSING || report.state() == SubmissionState.REFUSED_UNCORRECTED;
	}

}
