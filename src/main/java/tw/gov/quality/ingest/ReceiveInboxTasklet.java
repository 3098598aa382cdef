package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
 * ({@code quality.ingest.threads}), in batches whose database work shares its transactions
 * ({@link InboxReceiver}, {@link InboxBatch}): every file still goes through the same steps in the same order.
 */
class ReceiveInboxTasklet implements Tasklet {

	private static final Logger log = LoggerFactory.getLogger(ReceiveInboxTasklet.class);

	private final Inbox inbox;

	private final ArchiveReconciliation reconciliation;

	private final TransactionTemplate ownTransaction;

	private final InboxReceiver receiver;

	private final int threads;

	ReceiveInboxTasklet(Inbox inbox, Archive archive, ReceivingRows rows, ReingestRequests reingests,
			ArchiveReconciliation reconciliation, PlatformTransactionManager transactionManager, Clock clock,
			WorkClaims claims, int threads) {
		this.threads = threads;
		this.inbox = inbox;
		this.reconciliation = reconciliation;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// Sees what other nodes committed meanwhile (their rows, their claims' results).
		this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
		this.receiver = new InboxReceiver(inbox, archive, rows, reingests, ownTransaction, clock, claims);
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
		// Committed before receiving starts: receiving marks the same rows in transactions of its own.
		ArchiveReconciliation.Result reconciled = ownTransaction.execute(status -> reconcile());
		// Committed at once: another node scanning at the same moment never waits for this run's end.
		Inbox.Scan scan = ownTransaction.execute(status -> scan());
		List<InboxDrop> drops = receiver.receive(scan.complete(), threads);
		int received = 0;
		int elsewhere = 0;
		List<Inbox.Left> failed = new ArrayList<>();
		List<Inbox.Left> waiting = new ArrayList<>(scan.waiting());
		for (InboxDrop drop : drops) {
			contribution.incrementReadCount();
			if (drop.result == InboxDrop.Result.RECEIVED) {
				received++;
				contribution.incrementWriteCount(1);
			}
			else if (drop.result == InboxDrop.Result.ELSEWHERE) {
				elsewhere++;
			}
			else if (drop.waiting != null) {
				waiting.add(drop.waiting);
			}
			else if (drop.left != null) {
				failed.add(drop.left);
				contribution.incrementReadSkipCount();
			}
		}
		ReceiveSummary summary = new ReceiveSummary(received, reconciled.total(), waiting, failed, scan.ignored());
		summary.storeIn(contribution.getStepExecution().getExecutionContext());
		log.info("Inbox: {} file(s) received, {} recovered after a crash, {} waiting for a later run, "
				+ "{} could not be archived, {} entr(ies) not regular files, {} being received by another node",
				received, reconciled.total(), waiting.size(), failed.size(), scan.ignored().size(), elsewhere);
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

	private ArchiveReconciliation.Result reconcile() {
		try {
			return reconciliation.reconcile();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
