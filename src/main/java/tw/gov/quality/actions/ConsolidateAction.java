package tw.gov.quality.actions;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.BadRequest;
import tw.gov.quality.web.Confirmation;
import tw.gov.quality.web.NotFound;
import tw.gov.quality.web.Problems;

import static tw.gov.quality.actions.ActionAudit.parameters;

/** Rebuilds a supervisor's reports for a quarter as of now, in a new version folder, in the background. */
@Component
class ConsolidateAction {

	private final Consolidation consolidation;

	private final OfficeRegistry offices;

	private final BackgroundRuns background;

	private final Clock clock;

	ConsolidateAction(Consolidation consolidation, OfficeRegistry offices, BackgroundRuns background, Clock clock) {
		this.consolidation = consolidation;
		this.offices = offices;
		this.background = background;
		this.clock = clock;
	}

	Confirmation describe(String supervisor, ReportingPeriod period) {
		Office office = offices.find(supervisor).orElseThrow(() -> new NotFound("查無機關代碼 " + supervisor));
		return Confirmation
			.of("重新彙整執行成果報告", "將以目前已接受的資料重新產生執行成果報告與審查意見表，存為新的版本；先前版本保留不動。", "/actions/consolidate",
					"/actions")
			.fact("上級機關", office.code() + " " + office.name())
			.fact("期間", period.label())
			.field("supervisor", office.code())
			.field("year", period.rocYear())
			.field("quarter", period.quarter());
	}

	ActionResult run(ConsoleUser user, String supervisor, ReportingPeriod period) {
		Office office = supervisor(supervisor);
		LocalDateTime asOf = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		return background.start(user, AuditAction.CONSOLIDATE,
				parameters("supervisor", office.code(), "year", period.rocYear(), "quarter", period.quarter(), "asOf", asOf),
				BackgroundRuns.QUEUED,
				"已開始重新彙整 " + office.name() + " " + period.label() + "（截至 " + RocDates.dateTime(asOf) + "）",
				() -> outcome(consolidation.consolidate(period, office.code(), asOf), office, period));
	}

	private Office supervisor(String supervisor) {
		if (supervisor == null || supervisor.isBlank()) {
			throw new BadRequest("請選擇要彙整的上級機關");
		}
		Office office = offices.find(supervisor).orElseThrow(() -> new BadRequest("查無機關代碼 " + supervisor));
		if (!offices.isSupervisor(office.code())) {
			throw new BadRequest(office.code() + " " + office.name() + " 沒有所屬機關，不需彙整");
		}
		return office;
	}

	private static BackgroundRuns.Finished outcome(Consolidation.Result result, Office office, ReportingPeriod period) {
		if (result.status() == BatchStatus.COMPLETED) {
			return new BackgroundRuns.Finished(AuditOutcome.SUCCEEDED,
					"已彙整 " + office.name() + " " + period.label() + "：" + String.join("、", result.folders()),
					result.jobExecutionId());
		}
		return new BackgroundRuns.Finished(AuditOutcome.FAILED, "彙整失敗（" + result.status() + "）："
				+ Problems.shownFailure(result.failure(), "詳細原因請見批次作業頁與 logs/quality-progress.log"),
				result.jobExecutionId());
	}

}
