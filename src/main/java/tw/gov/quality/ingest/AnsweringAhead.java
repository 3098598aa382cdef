package tw.gov.quality.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Step 2's reader: hands the step its files in id order, each already being read, checked and answered
 * on the answering threads, up to a chunk ahead of the step. Those threads so go on with the next chunk's
 * files while the step's thread stores the last chunk (with Spring Batch's concurrent chunk processing
 * they stood idle from a chunk's slowest file until the next chunk was read). The step's processor only
 * waits for each file's {@link Answering#outcome}, in order; the writer stores the outcomes in the chunk's
 * transaction as before, so what is committed, and in which order, does not change.
 * <p>
 * A file is not started ahead while an earlier file of the same office is still to be committed: its
 * checks then see that file as stored (the office's previous quarter, say). Once the step's own chunk
 * reaches it, it is answered after the office's earlier files of that chunk, with their outcomes
 * ({@link Answer}); the chunk's other files are answered side by side.
 */
class AnsweringAhead implements ItemStreamReader<AnsweringAhead.Answering> {

	/** A file handed to the step, and its outcome once its answering thread is done. */
	record Answering(ReceivedFile file, CompletableFuture<Outcome> outcome) {

		/** Waits for the outcome; what failed the file's answering fails the chunk, as if thrown here. */
		Outcome awaited() throws Exception {
			try {
				return outcome.get();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof Exception cause) {
					throw cause;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}

	}

	/** Reads, checks and answers one file ({@link SubmissionProcessor}). */
	@FunctionalInterface
	interface Answer {

		/**
		 * @param earlier the outcomes of the office's earlier files not committed yet (those of the step's
		 * chunk), in their order: the file's checks take them as stored
		 * @return its outcome, {@code null} to leave it unanswered
		 */
		Outcome answer(ReceivedFile file, List<Outcome> earlier) throws Exception;

	}

	/** Where the files come from, in id order ({@link SubmissionReader}). */
	interface Files {

		/**
		 * The next file, or null when none is left.
		 * @param unsettled offices with a file started whose outcome is not committed yet
		 */
		ReceivedFile read(Set<String> unsettled);

		/**
		 * At the step's end: the files read and not committed (a chunk ahead, a failed chunk's), and any
		 * claimed and not read yet, are given back, so that the next run, or another node, takes them at once.
		 */
		void giveBack(Collection<ReceivedFile> unstored);

	}

	private final Files files;

	private final Answer answer;

	private final AsyncTaskExecutor threads;

	private final int ahead;

	/** Started, not yet handed to the step, in id order. */
	private final Deque<Answering> started = new ArrayDeque<>();

	/** The next file, not started because an earlier file of its office is still to be committed. */
	private ReceivedFile held;

	private boolean exhausted;

	/** Each office's files started and not committed yet, in id order. */
	private final Map<String, List<Answering>> unsettled = new HashMap<>();

	/** Every file's answering not known to be done, handed or not: what closing waits for. */
	private final List<Future<Outcome>> running = new ArrayList<>();

	/** Read from {@link #files} and not committed yet, by id: given back at the end. */
	private final Map<Long, ReceivedFile> uncommitted = new LinkedHashMap<>();

	/** Handed to the step in its current transaction. */
	private final List<ReceivedFile> handed = new ArrayList<>();

	AnsweringAhead(Files files, Answer answer, AsyncTaskExecutor threads, int ahead) {
		this.files = files;
		this.answer = answer;
		this.threads = threads;
		this.ahead = Math.max(1, ahead);
	}

	@Override
	public synchronized Answering read() {
		startAhead();
		if (started.isEmpty() && held != null) {
			// The step's own chunk reached it: answered after its office's earlier files of this chunk.
			start(held);
			held = null;
		}
		Answering next = started.poll();
		if (next != null) {
			handed(next.file());
			// A chunk ahead of the step once it has read this chunk, so the threads go on while it writes.
			startAhead();
		}
		return next;
	}

	private void startAhead() {
		while (started.size() < ahead && held == null && !exhausted) {
			ReceivedFile next = files.read(unsettled.keySet());
			if (next == null) {
				exhausted = true;
				continue;
			}
			uncommitted.put(next.id(), next);
			if (next.officeCode() != null && unsettled.containsKey(next.officeCode())) {
				held = next;
			}
			else {
				start(next);
			}
		}
		if (held != null && !unsettled.containsKey(held.officeCode()) && started.size() < ahead) {
			start(held);
			held = null;
			startAhead();
		}
	}

	private void start(ReceivedFile file) {
		List<Answering> earlier = file.officeCode() == null ? List.of()
				: List.copyOf(unsettled.getOrDefault(file.officeCode(), List.of()));
		CompletableFuture<Outcome> outcome;
		if (earlier.isEmpty()) {
			outcome = threads.submitCompletable(() -> answer.answer(file, List.of()));
		}
		else {
			// Queued once they are done, so that no answering thread waits for another.
			CompletableFuture<?>[] before = earlier.stream().map(Answering::outcome).toArray(CompletableFuture<?>[]::new);
			outcome = CompletableFuture.allOf(before)
				.handle((done, failed) -> null)
				.thenCompose(done -> threads.submitCompletable(() -> answer.answer(file, outcomes(earlier))));
		}
		Answering answering = new Answering(file, outcome);
		if (file.officeCode() != null) {
			unsettled.computeIfAbsent(file.officeCode(), office -> new ArrayList<>()).add(answering);
		}
		running.removeIf(Future::isDone);
		running.add(outcome);
		started.add(answering);
	}

	/** The outcomes of files answered (one that failed fails its chunk, which stores none of them). */
	private static List<Outcome> outcomes(List<Answering> answered) {
		return answered.stream()
			.map(Answering::outcome)
			.filter(outcome -> !outcome.isCompletedExceptionally())
			.map(CompletableFuture::join)
			.filter(Objects::nonNull)
			.toList();
	}

	/** Settled when the step's transaction commits with the file's outcome. */
	private void handed(ReceivedFile file) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			settle(List.of(file));
			return;
		}
		if (handed.isEmpty()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					settled(status == STATUS_COMMITTED);
				}
			});
		}
		handed.add(file);
	}

	private synchronized void settled(boolean committed) {
		if (committed) {
			settle(handed);
		}
		handed.clear();
	}

	private void settle(List<ReceivedFile> stored) {
		for (ReceivedFile file : stored) {
			uncommitted.remove(file.id());
			if (file.officeCode() != null) {
				List<Answering> office = unsettled.get(file.officeCode());
				office.removeIf(answering -> answering.file().id() == file.id());
				if (office.isEmpty()) {
					unsettled.remove(file.officeCode());
				}
			}
		}
	}

	/**
	 * At the step's end, also a failed one: waits for the files still being answered (those of a failed
	 * chunk, a chunk ahead), so that no receipt is written after the run. They stay RECEIVED; the next run answers them
	 * again under the same receipt names, and their claims are given back so that it need not wait for them.
	 */
	@Override
	public synchronized void close() {
		boolean allDone = true;
		for (Future<Outcome> outcome : running) {
			try {
				outcome.get();
			}
			catch (ExecutionException ex) {
				// Left RECEIVED; its error is the next run's to report.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				allDone = false;
				break;
			}
		}
		if (allDone) {
			// Kept (until their lease ends) while a file may still be answered, so nobody answers it meanwhile.
			files.giveBack(List.copyOf(uncommitted.values()));
		}
		running.clear();
		started.clear();
		held = null;
		uncommitted.clear();
	}

	@Override
	public void open(ExecutionContext executionContext) {
		// Nothing to restore: the reader takes what is still RECEIVED.
	}

}
