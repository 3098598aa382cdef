package tw.gov.quality.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Component;

/**
 * How far an ingest run's receiving is, for its answering step, which runs beside it: the answering step
 * starts on the files received before (a crashed run's, those reconciled) once receiving has reconciled, then
 * takes each batch as soon as receiving has archived it and let go of its claims, and ends after receiving
 * has. Kept per job execution, only for runs of the whole job (a step started alone receives or answers as
 * before).
 */
@Component
class ReceivingProgress {

	private final Map<Long, Run> runs = new ConcurrentHashMap<>();

	/** The job starts: its receiving is still to come. */
	void expect(long jobExecutionId) {
		runs.put(jobExecutionId, new Run());
	}

	void forget(long jobExecutionId) {
		runs.remove(jobExecutionId);
	}

	/** The run's receiving, when the whole job runs. */
	Optional<Run> of(long jobExecutionId) {
		return Optional.ofNullable(runs.get(jobExecutionId));
	}

	/** One run's receiving, told by the receiving step and followed by the answering step's reader. */
	static final class Run {

		/**
		 * How often a wait looks whether to give up although receiving did not say it was over (the job is
		 * stopping, its receiving step ended without a word): the answering step then goes on with what is archived.
		 */
		private static final long LOOK_AGAIN = 500;

		private boolean reconciled;

		private boolean finished;

		/** The highest submission id when receiving had reconciled and had not recorded anything yet. */
		private long before;

		private final Deque<List<Long>> archived = new ArrayDeque<>();

		/** Reconciled, nothing new recorded yet: every submission up to {@code highestId} was there before. */
		synchronized void reconciled(long highestId) {
			reconciled = true;
			before = highestId;
			notifyAll();
		}

		/** A batch's submissions are archived, their inbox files gone and their claims given back. */
		synchronized void archived(List<Long> ids) {
			if (!ids.isEmpty()) {
				archived.add(ids);
				notifyAll();
			}
		}

		/** Done, also after a failure: nothing more will be archived by this run. */
		synchronized void finished() {
			finished = true;
			if (!reconciled) {
				reconciled = true;
				before = Long.MAX_VALUE;
			}
			notifyAll();
		}

		/** Waits for reconciliation; the submissions there before it, up to the returned id, come first. */
		synchronized long awaitReconciled(BooleanSupplier givenUp) throws InterruptedException {
			while (!reconciled && !givenUp.getAsBoolean()) {
				wait(LOOK_AGAIN);
			}
			return reconciled ? before : Long.MAX_VALUE;
		}

		synchronized void awaitFinished(BooleanSupplier givenUp) throws InterruptedException {
			while (!finished && !givenUp.getAsBoolean()) {
				wait(LOOK_AGAIN);
			}
		}

		/** The next batch archived, in the order they were; empty once receiving is finished and all were taken. */
		synchronized Optional<List<Long>> nextArchived(BooleanSupplier givenUp) throws InterruptedException {
			while (archived.isEmpty() && !finished && !givenUp.getAsBoolean()) {
				wait(LOOK_AGAIN);
			}
			return Optional.ofNullable(archived.poll());
		}

	}

}
