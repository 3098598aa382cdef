package tw.gov.quality.board;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import tw.gov.quality.review.ScoreRecords;
import tw.gov.quality.security.AccessScope;
import tw.gov.quality.security.ConsoleUser;

/** Builds the quarter board: the offices a user may see, each one's state as of a moment, the rates. */
@Component
class QuarterBoard {

	private final AccessScope scope;

	private final OfficeRegistry offices;

	private final PlanRegistry plans;

	private final QuarterAssembler assembler;

	private final Submissions submissions;

	private final OfficeDeadlines deadlines;

	private final ScoreRecords scoreRecords;

	QuarterBoard(AccessScope scope, OfficeRegistry offices, PlanRegistry plans, QuarterAssembler assembler,
			Submissions submissions, OfficeDeadlines deadlines, ScoreRecords scoreRecords) {
		this.scoreRecords = scoreRecords;
		this.scope = scope;
		this.offices = offices;
		this.plans = plans;
		this.assembler = assembler;
		this.submissions = submissions;
		this.deadlines = deadlines;
	}

	Board build(ConsoleUser user, ReportingPeriod period, LocalDateTime asOf) {
		List<Office> visible = scope.visibleOffices(user);
		Map<String, BoardRow> leaves = new HashMap<>();
		for (Office office : visible) {
			if (!offices.isSupervisor(office.code())) {
				leaves.put(office.code(), leaf(office, period, asOf, 0));
			}
		}
		int top = visible.isEmpty() ? 0 : offices.ancestors(visible.get(0).code()).size();
		List<BoardRow> rows = new ArrayList<>();
		for (Office office : visible) {
			int depth = Math.max(0, offices.ancestors(office.code()).size() - top);
			if (offices.isSupervisor(office.code())) {
				List<BoardRow> beneath = offices.descendants(office.code())
					.stream()
					.map(descendant -> leaves.get(descendant.code()))
					.filter(row -> row != null && row.expected())
					.toList();
				rows.add(supervisor(office, depth, beneath));
			}
			else {
				BoardRow row = leaves.get(office.code());
				rows.add(withDepth(row, depth));
			}
		}
		List<BoardRow> expected = leaves.values().stream().filter(BoardRow::expected).toList();
		Map<SubmissionState, Long> counts = new EnumMap<>(SubmissionState.class);
		expected.forEach(row -> counts.merge(row.state(), 1L, Long::sum));
		long received = expected.stream().filter(row -> row.state().submitted()).count();
		long onTime = counts.getOrDefault(SubmissionState.ON_TIME, 0L);
		return new Board(period, period.label(), asOf, rows, expected.size(), received, onTime, counts,
				rate(received, expected.size()), rate(onTime, expected.size()));
	}

	private BoardRow leaf(Office office, ReportingPeriod period, LocalDateTime asOf, int depth) {
		LocalDateTime extendedUntil = deadlines.extension(office.code(), period)
			.map(OfficeDeadlines.Extension::until)
			.orElse(null);
		if (plans.planFor(office.code(), period.rocYear()).isEmpty()) {
			return new BoardRow(office.code(), office.name(), office.parentCode(), depth, false, false, null,
					deadlines.deadline(office.code(), period), extendedUntil, null, null, false, 0, 0, 0, 0, 0, null,
					null);
		}
		OfficeReport report = assembler.officeReport(office, period, asOf);
		Optional<SubmissionRecord> shown = report.submissionId() != null ? submissions.find(report.submissionId())
				: submissions.latestRefused(office.code(), period, asOf);
		return new BoardRow(office.code(), office.name(), office.parentCode(), depth, false, true, report.state(),
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
		List<String> parts = new java.util.ArrayList<>();
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

	private static BoardRow supervisor(Office office, int depth, List<BoardRow> beneath) {
		long received = beneath.stream().filter(row -> row.state().submitted()).count();
		long onTime = beneath.stream().filter(row -> row.state() == SubmissionState.ON_TIME).count();
		return new BoardRow(office.code(), office.name(), office.parentCode(), depth, true, false, null, null, null,
				null, null, false, 0, 0, beneath.size(), received, onTime, rate(received, beneath.size()),
				rate(onTime, beneath.size()));
	}

	private static BoardRow withDepth(BoardRow row, int depth) {
		return new BoardRow(row.officeCode(), row.officeName(), row.parentCode(), depth, row.supervisor(),
				row.expected(), row.state(), row.deadline(), row.extendedUntil(), row.receivedAt(), row.submissionId(),
				row.receipt(), row.errors(), row.warnings(), row.expectedOffices(), row.receivedOffices(),
				row.onTimeOffices(), row.reportingRate(), row.onTimeRate(), row.reviewNote());
	}

	private static Double rate(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
