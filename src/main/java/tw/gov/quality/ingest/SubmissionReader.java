package tw.gov.quality.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Reads RECEIVED submissions page by page by id. The database state is the restart point: after a
 * crash the next run simply reads what is still RECEIVED, so no file is read twice or skipped.
 */
class SubmissionReader implements ItemReader<ReceivedFile> {

	private static final int PAGE = 100;

	private final SubmissionRepository submissions;

	private final Deque<ReceivedFile> page = new ArrayDeque<>();

	private long lastId;

	SubmissionReader(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	/** Synchronized, though the step reads on one thread: its paging state must never be shared unguarded. */
	@Override
	public synchronized ReceivedFile read() {
		if (page.isEmpty()) {
			page.addAll(submissions.received(lastId, PAGE));
		}
		ReceivedFile next = page.poll();
		if (next != null) {
			lastId = next.id();
		}
		return next;
	}

}
