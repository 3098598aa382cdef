package tw.gov.quality.ingest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;

/**
 * What one ingestion run did, exactly: every inbox file is in one of these counts.
 *
 * @param received files this run archived and took out of the inbox
 * @param recovered files a crashed run had left half received, finished by this one
 * @param accepted files read and accepted (including ones received by an earlier run)
 * @param waiting files still being written or not yet complete: a later run takes them by itself
 * @param unarchived files that could not be archived (disk full, permissions): left in the inbox
 * @param ignored inbox entries that are not regular files (links, pipes, devices): never taken
 * @param status the run's status; a run that was not started (another held the ingestion) is {@code ABANDONED}
 *        with execution id 0
 * @param lines one line per file, in Chinese, for the console
 */
public record IngestResult(long jobExecutionId, BatchStatus status, int received, int recovered, int accepted,
		int refused, int duplicates, int waiting, int unarchived, int ignored, List<String> lines, String failure) {

	static IngestResult skipped(String why) {
		return new IngestResult(0, BatchStatus.ABANDONED, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), why);
	}

	public boolean completed() {
		return status == BatchStatus.COMPLETED;
	}

	public boolean skipped() {
		return jobExecutionId == 0;
	}

	/** Files an administrator has to act on: received by nobody until the cause is fixed. */
	public boolean needsAttention() {
		return unarchived > 0;
	}

	/** The run in one Chinese sentence, naming only what happened. */
	public String summary() {
		StringBuilder text = new StringBuilder("收件 " + received + " 份");
		if (recovered > 0) {
			text.append("（另補完前次中斷的 ").append(recovered).append(" 份）");
		}
		text.append("：接受 ").append(accepted).append(" 份、退件 ").append(refused).append(" 份、重複 ")
			.append(duplicates).append(" 份");
		if (waiting + unarchived > 0) {
			List<String> why = new ArrayList<>();
			if (waiting > 0) {
				why.add(waiting + " 份仍在傳送中");
			}
			if (unarchived > 0) {
				why.add(unarchived + " 份無法封存");
			}
			text.append("；").append(waiting + unarchived).append(" 份留在收件匣待下次收件（")
				.append(String.join("、", why)).append("）");
		}
		if (ignored > 0) {
			text.append("；").append(ignored).append(" 個不是一般檔案，未收取");
		}
		return text.toString();
	}

}
