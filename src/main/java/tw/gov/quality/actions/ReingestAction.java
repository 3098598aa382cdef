package tw.gov.quality.actions;

import java.io.IOException;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.ingest.IngestResult;
import tw.gov.quality.ingest.Ingestion;
import tw.gov.quality.ingest.Reingestion;
import tw.gov.quality.ingest.SubmissionRecord;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.Confirmation;
import tw.gov.quality.web.NotFound;

import static tw.gov.quality.actions.ActionAudit.parameters;

/** Puts an archived original back into its office's inbox folder and ingests it, in the background. */
@Component
class ReingestAction {

	private final Submissions submissions;

	private final Reingestion reingestion;

	private final Ingestion ingestion;

	private final BackgroundRuns background;

	private final ActionAudit audit;

	ReingestAction(Submissions submissions, Reingestion reingestion, Ingestion ingestion, BackgroundRuns background,
			ActionAudit audit) {
		this.submissions = submissions;
		this.reingestion = reingestion;
		this.ingestion = ingestion;
		this.background = background;
		this.audit = audit;
	}

	Confirmation describe(long submissionId) {
		SubmissionRecord found = submission(submissionId);
		return Confirmation
			.of("重新收件", "將把存檔的原件複製回該機關的收件資料夾並立即收件：即使內容與先前相同也會重新檢查，收件時間沿用原收件時間，回執會註明為重新收件。",
					"/actions/reingest", "/submissions/" + submissionId)
			.fact("收件編號", submissionId)
			.fact("機關", found.officeCode())
			.fact("檔案名稱", found.originalName())
			.fact("原收件時間", RocDates.dateTime(found.receivedAt()))
			.fact("原處理結果", found.stateLabel())
			.field("submission", submissionId);
	}

	ActionResult run(ConsoleUser user, long submissionId) {
		Reingestion.Copy copy = copyBack(user, submission(submissionId));
		return background.start(user, AuditAction.REINGEST,
				parameters("submission", submissionId, "office", copy.officeCode(), "inbox", copy.inboxName()),
				"已放回收件匣，收件作業已排入背景執行",
				"收件編號 " + submissionId + " 的存檔原件已放回收件匣（" + copy.inboxName() + "），正在重新收件",
				() -> ingest(copy));
	}

	private SubmissionRecord submission(long submissionId) {
		return submissions.find(submissionId).orElseThrow(() -> new NotFound("查無收件編號 " + submissionId));
	}

	private Reingestion.Copy copyBack(ConsoleUser user, SubmissionRecord source) {
		try {
			return reingestion.requestReingest(source.id(), user.username());
		}
		catch (IllegalArgumentException ex) {
			throw audit.refused(user, AuditAction.REINGEST, parameters("submission", source.id()), ex.getMessage());
		}
		catch (IOException ex) {
			throw new IllegalStateException("無法將存檔原件放回收件匣：" + ex.getMessage(), ex);
		}
	}

	private BackgroundRuns.Finished ingest(Reingestion.Copy copy) throws Exception {
		IngestResult result = ingestion.ingestNow();
		Optional<SubmissionRecord> done = reingestion.result(copy);
		if (done.isEmpty()) {
			return new BackgroundRuns.Finished(AuditOutcome.SUCCEEDED,
					"已放回收件匣（" + copy.officeCode() + "/" + copy.inboxName() + "），將於下次收件時處理："
							+ (result.failure() == null ? "" : result.failure()),
					result.jobExecutionId() == 0 ? null : result.jobExecutionId());
		}
		return IngestOutcome.of(result, "重新收件為收件編號 " + done.get().id() + "（" + done.get().stateLabel() + "）；");
	}

}
