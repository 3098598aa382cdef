package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tw.gov.quality.Checksums;
import tw.gov.quality.cluster.WorkClaims;

/**
 * Step 1: for every complete inbox file, in this order, each step durable before the next: record it
 * in its own committed transaction; copy it to the archive (a temporary name, flushed, renamed); mark
 * it archived; only then remove it from the inbox. A crash anywhere leaves the inbox file, or a
 * complete archived copy with its row, and the next run (after {@link ArchiveReconciliation}) finishes
 * the same drop instead of losing it or counting it twice.
 *
 * <p>Several nodes may receive from the same inbox at once: each file is first claimed by one node
 * ({@link WorkClaims}, keyed by its path, size and modification time), and its submission row too while
 * it is archived, so no two nodes record, archive or remove the same file. A file claimed by another
 * node is left to it; if that node dies, its claim ends after {@code quality.cluster.claim-lease} and
 * the next run on any node finishes the file like a crashed run's.
 *
 * <p>Each folder's files are received in order by one thread, several folders at a time
 * ({@code quality.ingest.threads}): every file still goes through the same steps in the same order.
 */
class ReceiveInboxTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReceiveInboxTasklet.class);

	private final Inbox inbox;

	private final Archive archive;

	private final SubmissionRepository submissions;

	private final ReingestRequests reingests;

	private final ArchiveReconciliation reconciliation;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	private final WorkClaims claims;

	private final int threads;

	ReceiveInboxTasklet(Inbox inbox, Archive archive, SubmissionRepository submissions, ReingestRequests reingests,
			ArchiveReconciliation reconciliation, PlatformTransactionManager transactionManager, Clock clock,
			WorkClaims claims, int threads) {
		this.claims = claims;
		this.threads = threads;
		this.inbox = inbox;
		this.archive = archive;
		this.submissions = submissions;
		this.reingests = reingests;
		this.reconciliation = reconciliation;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// Sees what other nodes committed meanwhile (their rows, their claims' results).
		this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		// Committed before receiving starts: receiving marks the same rows in transactions of its own.
		ArchiveReconciliation.Result reconciled = ownTransaction.execute(status -> reconcile());
		// Committed at once: another node scanning at the same moment never waits for this run's end.
		Inbox.Scan scan = ownTransaction.execute(status -> scan());
		List<InboxFile> complete = scan.complete();
		Inbox.Left[] left = new Inbox.Left[complete.size()];
		Outcome[] done = new Outcome[complete.size()];
		// One folder's files in order on one thread (a later copy of the same bytes is its duplicate);
		// folders side by side, since each file waits for the disk twice (its copy, the folder).
		Map<String, List<Integer>> byFolder = new LinkedHashMap<>();
		for (int i = 0; i < complete.size(); i++) {
			byFolder.computeIfAbsent(complete.get(i).folder(), folder -> new ArrayList<>()).add(i);
		}
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, byFolder.size())));
		try {
			List<Future<?>> folders = new ArrayList<>();
			for (List<Integer> files : byFolder.values()) {
				folders.add(pool.submit(() -> {
					for (int i : files) {
						left[i] = receiveOrLeave(complete.get(i), done, i);
					}
					return null;
				}));
			}
			for (Future<?> folder : folders) {
				try {
					folder.get();
				}
				catch (ExecutionException ex) {
					throw ex.getCause() instanceof Exception cause ? cause : ex;
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		int received = 0;
		int elsewhere = 0;
		List<Inbox.Left> failed = new ArrayList<>();
		for (int i = 0; i < complete.size(); i++) {
			contribution.incrementReadCount();
			if (done[i] == Outcome.RECEIVED) {
				received++;
				contribution.incrementWriteCount(1);
			}
			else if (done[i] == Outcome.ELSEWHERE) {
				elsewhere++;
			}
			else if (left[i] != null) {
				failed.add(left[i]);
				contribution.incrementReadSkipCount();
			}
		}
		ReceiveSummary summary = new ReceiveSummary(received, reconciled.total(), scan.waiting(), failed, scan.ignored());
		summary.storeIn(contribution.getStepExecution().getExecutionContext());
		log.info("Inbox: {} file(s) received, {} recovered after a crash, {} waiting for a later run, "
				+ "{} could not be archived, {} entr(ies) not regular files, {} being received by another node",
				received, reconciled.total(), scan.waiting().size(), failed.size(), scan.ignored().size(), elsewhere);
		return RepeatStatus.FINISHED;
	}

	private Inbox.Scan scan() {
		try {
			return inbox.scan();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while scanning the inbox", ex);
		}
	}

	/** What became of one inbox file. */
	private enum Outcome {

		/** Recorded, archived and removed from the inbox by this run. */
		RECEIVED,

		/** Claimed by another node (the file, or its submission): left to it. */
		ELSEWHERE,

		/** Vanished, or could not be archived (then {@code left} says why). */
		LEFT

	}

	/**
	 * Claims the file for this node and receives it, or says why it stays in the inbox ({@code null} if it
	 * vanished or another node has it). The claim is this node's: the folders' threads never claim the
	 * same file, since each file belongs to one folder.
	 */
	private Inbox.Left receiveOrLeave(InboxFile file, Outcome[] done, int index) {
		done[index] = Outcome.LEFT;
		String claim = null;
		try {
			claim = IngestClaims.inboxFile(inbox.relative(file.path()), file);
			if (!claims.claim(claim)) {
				claim = null;
				done[index] = Outcome.ELSEWHERE;
				log.debug("Inbox file {} is being received by another node",
						FileNames.printable(inbox.relative(file.path())));
				return null;
			}
			done[index] = receive(file) ? Outcome.RECEIVED : Outcome.ELSEWHERE;
			return null;
		}
		catch (NoSuchFileException ex) {
			// taken away by its sender after the scan: nothing to receive, nothing recorded as received
			log.info("Inbox file {} vanished before it was received", FileNames.printable(file.path().toString()));
			return null;
		}
		catch (IOException ex) {
			// Our side (disk full, permissions): the file stays in the inbox for the next run.
			String shown = FileNames.printable(inbox.relative(file.path()));
			log.error("Could not receive inbox file {}; left in place: {}", shown, ex.toString());
			return new Inbox.Left(shown, "系統無法封存：" + reason(ex));
		}
		finally {
			if (claim != null) {
				claims.release(claim);
			}
		}
	}

	private ArchiveReconciliation.Result reconcile() {
		try {
			return reconciliation.reconcile();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Records (or finds the record a crashed run made), archives, marks, then removes the file; false
	 * when its submission is claimed by another node (reconciling it) and the file is left for later.
	 */
	private boolean receive(InboxFile dropped) throws IOException {
		// An archived file put back by an administrator: read again even if its bytes were seen
		// before, and received when the original was.
		Optional<ReingestRequests.Request> reingest = reingests.find(dropped.folder(), dropped.originalName());
		InboxFile file = reingest.map(request -> new InboxFile(dropped.path(), dropped.folder(), dropped.officeCode(),
				dropped.originalName(), dropped.size(), request.receivedAt())).orElse(dropped);
		String sha256 = Checksums.sha256(file.path());
		Path target = archive.pathFor(file, sha256);
		long[] id = new long[1];
		ownTransaction.executeWithoutResult(status -> {
			Optional<Long> earlier = submissions.sameDrop(file.folder(), file.originalName(), sha256, file.receivedAt());
			if (earlier.isPresent()) {
				id[0] = earlier.get();
				return;
			}
			Long duplicateOf = reingest.isPresent() ? null
					: submissions.firstWithSameBytes(file.folder(), sha256).orElse(null);
			Long reingestOf = reingest.map(ReingestRequests.Request::sourceSubmissionId).orElse(null);
			id[0] = submissions.insertReceived(file.folder(), file.officeCode(), file.originalName(), sha256,
					file.size(), file.receivedAt(), target, duplicateOf, reingestOf);
			reingest.ifPresent(request -> reingests.received(request.id(), id[0]));
			log.info("Received {} from folder '{}' as submission {} ({} bytes, sha256 {}{})",
					FileNames.printable(file.originalName()), FileNames.printable(file.folder()), id[0], file.size(),
					sha256, reingestOf == null ? "" : ", re-ingest of " + reingestOf);
		});
		String claim = IngestClaims.submission(id[0]);
		if (!claims.claim(claim)) {
			log.info("Submission {} is being reconciled by another node; inbox file {} left for a later run", id[0],
					FileNames.printable(file.originalName()));
			return false;
		}
		try {
			archive.store(file.path(), target, sha256);
			LocalDateTime archivedAt = LocalDateTime.now(clock);
			ownTransaction.executeWithoutResult(status -> submissions.markArchived(id[0], archivedAt));
			Files.deleteIfExists(file.path());
		}
		finally {
			claims.release(claim);
		}
		return true;
	}

	private static String reason(IOException ex) {
		String message = ex instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
				: String.valueOf(ex.getMessage());
		if (message.contains("No space left on device")) {
			return "封存磁碟空間不足，請系統管理者清出空間後重新執行收件";
		}
		if (ex instanceof java.nio.file.AccessDeniedException) {
			return "沒有寫入封存資料夾或刪除收件匣檔案的權限，請系統管理者檢查資料夾權限";
		}
		return "讀寫檔案時發生錯誤（" + message + "），請系統管理者檢查磁碟後重新執行收件";
	}

}
