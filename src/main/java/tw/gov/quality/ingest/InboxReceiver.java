package tw.gov.quality.ingest;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.support.TransactionTemplate;

import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.database.CollisionRetries;

/**
 * Receives a scan's complete files: each folder's files in order on one thread (a later copy of the same
 * bytes is its duplicate), folders side by side on {@code threads} lanes, each lane's files in batches
 * ({@link InboxBatch}) of {@value #BATCH}.
 */
final class InboxReceiver {

	private static final Logger log = LoggerFactory.getLogger(InboxReceiver.class);

	/** Files received together: one transaction per step for all of them. */
	static final int BATCH = 128;

	/** Times a batch's recording is tried when its claims collide with another node's. */
	private static final int RECORD_ATTEMPTS = 3;

	/** Threads that force the archive copies to disk side by side, so that their journal commits are shared. */
	private static final int DISK_THREADS = 32;

	private final Inbox inbox;

	private final Archive archive;

	private final ReceivingRows rows;

	private final ReingestRequests reingests;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final WorkClaims claims;

	InboxReceiver(Inbox inbox, Archive archive, ReceivingRows rows, ReingestRequests reingests,
			TransactionTemplate ownTransaction, Clock clock, WorkClaims claims) {
		this.inbox = inbox;
		this.archive = archive;
		this.rows = rows;
		this.reingests = reingests;
		this.ownTransaction = ownTransaction;
		this.clock = clock;
		this.claims = claims;
	}

	/** Receives the files; returns what became of each, in their order. */
	List<InboxDrop> receive(List<InboxFile> complete, int threads) throws Exception {
		List<InboxDrop> drops = complete.stream().map(InboxDrop::new).toList();
		List<List<InboxDrop>> lanes = lanes(drops, threads);
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, lanes.size()));
		ExecutorService disk = Executors.newFixedThreadPool(DISK_THREADS);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (List<InboxDrop> lane : lanes) {
				running.add(pool.submit(() -> {
					for (int from = 0; from < lane.size(); from += BATCH) {
						new InboxBatch(this, disk, lane.subList(from, Math.min(lane.size(), from + BATCH))).receive();
					}
					return null;
				}));
			}
			for (Future<?> lane : running) {
				try {
					lane.get();
				}
				catch (ExecutionException ex) {
					throw ex.getCause() instanceof Exception cause ? cause : ex;
				}
			}
		}
		finally {
			pool.shutdownNow();
			disk.shutdownNow();
		}
		return drops;
	}

	/** Whole folders dealt round the lanes, each folder's files in their order. */
	private static List<List<InboxDrop>> lanes(List<InboxDrop> drops, int threads) {
		Map<String, List<InboxDrop>> byFolder = new LinkedHashMap<>();
		drops.forEach(drop -> byFolder.computeIfAbsent(drop.dropped.folder(), folder -> new ArrayList<>()).add(drop));
		List<List<InboxDrop>> lanes = new ArrayList<>();
		int count = Math.max(1, Math.min(threads, byFolder.size()));
		for (int i = 0; i < count; i++) {
			lanes.add(new ArrayList<>());
		}
		int next = 0;
		for (List<InboxDrop> folder : byFolder.values()) {
			lanes.get(next++ % count).addAll(folder);
		}
		return lanes;
	}

	/**
	 * Records the batch's files in one committed transaction, each in order (or finds the record a crashed
	 * run made): the later of two equal files in one folder is the duplicate of the first. Their submissions
	 * are claimed in the same transaction, so that no other node's reconciliation takes one in between;
	 * returns the claims won. Should the claims collide with another node's, the transaction is tried again.
	 */
	Set<String> record(List<InboxDrop> drops) {
		if (drops.isEmpty()) {
			return Set.of();
		}
		return CollisionRetries.retried(RECORD_ATTEMPTS, () -> ownTransaction.execute(status -> {
			new InboxRecords(rows, reingests, this::droppedAgain).record(drops);
			return claims.claimAllInCurrentTransaction(drops.stream().map(InboxDrop::submissionClaim).toList());
		}), ex -> log.info("Recording {} inbox file(s) collided with another node; trying again: {}", drops.size(),
				ex.toString()));
	}

	/**
	 * The same file as one received and answered before (same folder, name, bytes and time, as a copy
	 * keeping its source's time is): its inbox file was removed then, so this one was dropped again.
	 * Received now, under a name of its own, and answered as a duplicate.
	 */
	private void droppedAgain(InboxDrop drop) {
		InboxFile file = drop.file;
		drop.file = new InboxFile(file.path(), file.folder(), file.officeCode(), file.originalName(), file.size(),
				LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS));
		drop.target = archive.pathFor(drop.file, drop.sha256);
		log.info("Inbox file {} from folder '{}' is the same as one received and answered before; received again now",
				FileNames.printable(file.originalName()), FileNames.printable(file.folder()));
	}

	/** The copies are complete and in place: marked in one committed transaction. */
	void markArchived(List<InboxDrop> copied) {
		if (copied.isEmpty()) {
			return;
		}
		LocalDateTime archivedAt = LocalDateTime.now(clock);
		ownTransaction.executeWithoutResult(
				status -> rows.markArchived(copied.stream().map(drop -> drop.id).toList(), archivedAt));
	}

	Inbox inbox() {
		return inbox;
	}

	Archive archive() {
		return archive;
	}

	ReingestRequests reingests() {
		return reingests;
	}

	WorkClaims claims() {
		return claims;
	}

}
