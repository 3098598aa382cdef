package tw.gov.quality.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pages of RECEIVED submissions step 2 reads, so that an office's files come in the order they were
 * recorded. Step 2 alone (started by itself): by id. Beside its run's receiving ({@link ReceivingProgress}):
 * once receiving has reconciled, those recorded before it by id (a crashed run's come before anything new of
 * the same office); then each batch as receiving has archived it (a folder's files are received in order, one
 * batch after the other; batches of other lanes commit out of id order, so paging by id would skip some); and once
 * receiving is over, by id again from the first, whatever is still RECEIVED and was not taken (another node's, a
 * batch that failed midway, a crashed run's file archived again by this run's receiving). A file is taken once.
 */
final class ReceivedPages {

	static final int PAGE = 100;

	private final SubmissionRepository submissions;

	private final ReceivingProgress.Run receiving;

	/**
	 * Beside receiving, each page is read in a transaction of its own that sees every commit: the chunk's
	 * transaction keeps the snapshot of its first read, taken before receiving archived what follows.
	 */
	private final TransactionTemplate latest;

	/** Whether to stop waiting for receiving: the job is stopping, or receiving never ran. */
	private final BooleanSupplier givenUp;

	/** The last id paged by id: the files there before receiving, or step 2 alone. */
	private long lastId;

	/** Every id up to this was recorded before this run's receiving; -1 until receiving has reconciled. */
	private long before = -1;

	private boolean followed;

	private boolean receivingOver;

	/** The last id paged by id after receiving. */
	private long restId;

	/** Every file paged beside receiving: a crashed run's file may be archived by reconciliation and by a batch. */
	private final Set<Long> seen = new HashSet<>();

	/** @param receiving the run's receiving beside this step, {@code null} for none */
	ReceivedPages(SubmissionRepository submissions, ReceivingProgress.Run receiving,
			PlatformTransactionManager transactionManager, BooleanSupplier givenUp) {
		this.givenUp = givenUp;
		this.submissions = submissions;
		this.receiving = receiving;
		this.latest = new TransactionTemplate(transactionManager);
		latest.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		latest.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		latest.setReadOnly(true);
	}

	/** The next page, empty when none is left; waits while receiving may still archive files. */
	List<ReceivedFile> next() throws InterruptedException {
		if (receiving == null) {
			return byId(submissions.received(lastId, PAGE), Long.MAX_VALUE);
		}
		if (before < 0) {
			before = receiving.awaitReconciled(givenUp);
		}
		if (lastId < before && !receivingOver && earlierThere()) {
			// A crashed run's file whose inbox file is still there is finished by receiving under a claim this
			// node holds and gives back when the file is done: the files there before wait for receiving's end.
			receiving.awaitFinished(givenUp);
			receivingOver = true;
		}
		if (lastId < before) {
			List<ReceivedFile> earlier = byId(latest.execute(status -> submissions.received(lastId, PAGE)), before);
			if (!earlier.isEmpty()) {
				return seen(earlier);
			}
			lastId = before;
		}
		while (!followed) {
			Optional<List<Long>> batch = receiving.nextArchived(givenUp);
			if (batch.isEmpty()) {
				followed = true;
				break;
			}
			List<ReceivedFile> archived = unseen(latest.execute(status -> submissions.received(batch.get())));
			if (!archived.isEmpty()) {
				return seen(archived);
			}
		}
		while (true) {
			long after = restId;
			List<ReceivedFile> rest = latest.execute(status -> submissions.received(after, PAGE));
			if (rest.isEmpty()) {
				return rest;
			}
			restId = rest.get(rest.size() - 1).id();
			List<ReceivedFile> notSeen = unseen(rest);
			if (!notSeen.isEmpty()) {
				return seen(notSeen);
			}
		}
	}

	private boolean earlierThere() {
		return latest.execute(status -> submissions.received(lastId, 1)).stream().anyMatch(file -> file.id() <= before);
	}

	private List<ReceivedFile> unseen(List<ReceivedFile> files) {
		return files.stream().filter(file -> !seen.contains(file.id())).toList();
	}

	private List<ReceivedFile> seen(List<ReceivedFile> files) {
		files.forEach(file -> seen.add(file.id()));
		return files;
	}

	/** The page's files up to {@code last}, the page read past. */
	private List<ReceivedFile> byId(List<ReceivedFile> page, long last) {
		List<ReceivedFile> upTo = page.stream().filter(file -> file.id() <= last).toList();
		if (!page.isEmpty()) {
			lastId = page.get(page.size() - 1).id();
		}
		return upTo;
	}

}
