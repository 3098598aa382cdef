package tw.gov.quality.actions;

import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.ingest.IngestResult;
import tw.gov.quality.web.Problems;

/** How an ingestion started from the console ended, for its audit line. */
final class IngestOutcome {

	private IngestOutcome() {
	}

	/** @param prefix put before the outcome's words (empty, or what the action did first) */
	static BackgroundRuns.Finished of(IngestResult result, String prefix) {
		if (result.skipped()) {
			return new BackgroundRuns.Finished(AuditOutcome.REFUSED, prefix + result.failure(), null);
		}
		String counts = result.summary();
		if (result.completed() && !result.needsAttention()) {
			return new BackgroundRuns.Finished(AuditOutcome.SUCCEEDED, prefix + "收件完成：" + counts, result.jobExecutionId());
		}
		if (result.completed()) {
			return new BackgroundRuns.Finished(AuditOutcome.FAILED, prefix + "收件完成，但有檔案無法封存：" + counts,
					result.jobExecutionId());
		}
		return new BackgroundRuns.Finished(AuditOutcome.FAILED, prefix + "收件作業未完成（狀態 " + result.status() + "）："
				+ Problems.shownFailure(result.failure(), "詳細原因請見批次作業頁與 logs/quality-progress.log") + "；" + counts,
				result.jobExecutionId());
	}

}
