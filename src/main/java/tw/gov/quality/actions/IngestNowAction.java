package tw.gov.quality.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.ingest.Ingestion;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.Confirmation;

/** Reads the inbox now, in the background. */
@Component
class IngestNowAction {

	private final Ingestion ingestion;

	private final BackgroundRuns background;

	IngestNowAction(Ingestion ingestion, BackgroundRuns background) {
		this.ingestion = ingestion;
		this.background = background;
	}

	static Confirmation describe() {
		return Confirmation.of("立即收件", "將立即讀取收件匣中所有已放妥的檔案，檢查、存檔並產生回執。", "/actions/ingest", "/actions");
	}

	ActionResult run(ConsoleUser user) {
		return background.start(user, AuditAction.INGEST, Map.of(), BackgroundRuns.QUEUED,
				"收件作業已開始，完成後結果會記錄於操作紀錄", () -> IngestOutcome.of(ingestion.ingestNow(), ""));
	}

}
