package tw.gov.quality.actions;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;

import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.ingest.IngestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What the audit line of an ingestion started from the console says once it has ended. */
class IngestOutcomeTests {

	static IngestResult run(BatchStatus status, int accepted, int unarchived, String failure) {
		return new IngestResult(7, status, accepted + unarchived, 0, accepted, 0, 0, 0, unarchived, 0, List.of(),
				failure);
	}

	@Test
	void aCompletedRunSucceedsWithItsCounts() {
		BackgroundRuns.Finished finished = IngestOutcome.of(run(BatchStatus.COMPLETED, 1, 0, null), "");
		assertThat(finished.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
		assertThat(finished.detail()).startsWith("收件完成：收件 1 份").contains("接受 1 份");
		assertThat(finished.jobExecutionId()).isEqualTo(7L);
	}

	@Test
	void aCompletedRunThatCouldNotArchiveAFileFails() {
		BackgroundRuns.Finished finished = IngestOutcome.of(run(BatchStatus.COMPLETED, 0, 1, null), "重新收件為收件編號 3（退件）；");
		assertThat(finished.outcome()).isEqualTo(AuditOutcome.FAILED);
		assertThat(finished.detail()).startsWith("重新收件為收件編號 3（退件）；收件完成，但有檔案無法封存：").contains("1 份無法封存");
	}

	@Test
	void aRunSkippedBecauseAnotherIsGoingIsRefusedWithoutAnExecution() {
		BackgroundRuns.Finished finished = IngestOutcome.of(
				new IngestResult(0, BatchStatus.ABANDONED, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), "另一個收件作業正在執行中"), "");
		assertThat(finished.outcome()).isEqualTo(AuditOutcome.REFUSED);
		assertThat(finished.detail()).isEqualTo("另一個收件作業正在執行中");
		assertThat(finished.jobExecutionId()).isNull();
	}

	@Test
	void aFailedRunSaysItsStatusItsFailureAndItsCounts() {
		BackgroundRuns.Finished finished = IngestOutcome.of(run(BatchStatus.FAILED, 0, 0, "磁碟已滿"), "");
		assertThat(finished.outcome()).isEqualTo(AuditOutcome.FAILED);
		assertThat(finished.detail()).startsWith("收件作業未完成（狀態 FAILED）：磁碟已滿；收件 0 份");
		assertThat(finished.jobExecutionId()).isEqualTo(7L);
	}

}
