package tw.gov.quality.board;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.SubmissionRecord;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.OfficeReport;
import tw.gov.quality.report.QuarterAssembler;
import tw.gov.quality.review.ScoreRecords;

/**
 * One reporting office's row on the quarter board: its state as of a moment, its deadline and extension, the
 * file shown (the accepted one, else the latest refused), and what its supervisor follows up (列管, 考核, 評分紀錄).
 */
@Component
class OfficeRows {

	private final PlanRegistry plans;

	private final QuarterAssembler assembler;

	private final Submissions submissions;

	private final OfficeDeadlines deadlines;

	private final ScoreRecords scoreRecords;

	OfficeRows(PlanRegistry plans, QuarterAssembler assembler, Submissions submissions, OfficeDeadlines deadlines,
			ScoreRecords scoreRecords) {
		this.plans = plans;
		this.assembler = assembler;
		this.submissions = submissions;
		this.deadlines = deadlines;
		this.scoreRecords = scoreRecords;
	}

	/** The office's row, at depth 0: not expected when it has no plan for the year. */
	BoardRow row(Office office, ReportingPeriod period, LocalDateTime asOf) {
		LocalDateTime extendedUntil = deadlines.extension(office.code(), period)
			.map(OfficeDeadlines.Extension::until)
			.orElse(null);
		if (plans.planFor(office.code(), period.rocYear()).isEmpty()) {
			return new BoardRow(office.code(), office.name(), office.parentCode(), 0, false, false, null,
					deadlines.deadline(office.code(), period), extendedUntil, null, null, false, 0, 0, 0, 0, 0, null,
					null);
		}
		OfficeReport report = assembler.officeReport(office, period, asOf);
		Optional<SubmissionRecord> shown = report.submissionId() != null ? submissions.find(report.submissionId())
				: submissions.latestRefused(office.code(), period, asOf);
		return new BoardRow(office.code(), office.name(), office.parentCode(), 0, false, true, report.state(),
				report.deadline(), extendedUntil, shown.map(SubmissionRecord::receivedAt).orElse(null),
				shown.map(SubmissionRecord::id).orElse(null), shown.map(SubmissionRecord::hasReceipt).orElse(false),
				shown.map(SubmissionRecord::errors).orElse(0), shown.map(SubmissionRecord::warnings).orElse(0), 0, 0, 0,
				null, null, reviewNote(report, scoreRecord(office, period, report, asOf)));
	}

	/** The 評分紀錄 deadline's flag (late or missing), watched like the office's own deadline. */
	private Optional<String> scoreRecord(Office office, ReportingPeriod period, OfficeReport report, LocalDateTime asOf) {
		if (report.plan() == null || office.parentCode() == null) {
			return Optional.empty();
		}
		return scoreRecords.record(office.code(), office.parentCode(), period, report.plan().evaluation(), asOf)
			.flatMap(ScoreRecords.Record::flag);
	}

	/** 列管 2 項；考核 720 分未達 750 分；評分紀錄逾期 3 天送回（期限 107/7/30） */
	private static String reviewNote(OfficeReport report, Optional<String> scoreRecord) {
		List<String> parts = new ArrayList<>();
		if (report.openTracked() > 0) {
			parts.add("列管 " + report.openTracked() + " 項");
		}
		if (report.belowPassLine()) {
			parts.add("考核 " + report.score().score().toPlainString() + " 分未達 "
					+ report.plan().evaluation().passLine().toPlainString() + " 分");
		}
		scoreRecord.ifPresent(parts::add);
		return parts.isEmpty() ? null : String.join("；", parts);
	}

}
