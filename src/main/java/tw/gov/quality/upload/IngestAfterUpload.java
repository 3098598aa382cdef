package tw.gov.quality.upload;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.ingest.IngestResult;
import tw.gov.quality.ingest.Ingestion;

/**
 * Starts an ingestion in the background {@code quality.upload.ingest-after} after an upload is stored, instead of
 * leaving the file to the next scheduled run, so the upload page shows the receipt's outcome within seconds.
 * <p>
 * Debounced: the first upload schedules a run, the uploads until it starts are read by that same run; an upload
 * while the run is going on schedules one more after it. The run is {@link Ingestion#ingestNow()} (the
 * {@code JobStarter} and this node's run claim) under the cluster-wide claim {@value #RUN_CLAIM}, taken only
 * while no node holds an ingestion run claim: two nodes never ingest an upload at once, and when another
 * ingestion is under way (it may have listed the inbox before the file landed) the run is tried again one
 * delay later, as it is while files are still settling. A run that fails is logged and left to the scheduled
 * ingestion.
 */
@Component
class IngestAfterUpload implements DisposableBean {

	static final String RUN_CLAIM = QualityJob.INGEST.lockName("upload");

	private static final Logger log = LoggerFactory.getLogger(IngestAfterUpload.class);

	private final Ingestion ingestion;

	private final WorkClaims claims;

	private final long delayMillis;

	private final java.util.concurrent.ScheduledThreadPoolExecutor executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1, task -> {
		Thread thread = new Thread(task, "ingest-after-upload");
		thread.setDaemon(true);
		return thread;
	});

	/** A run is scheduled and has not started yet: a new upload is read by it. */
	private boolean scheduled;

	/** A run is going on: a new upload needs one more after it. */
	private boolean running;

	private boolean again;

	IngestAfterUpload(Ingestion ingestion, WorkClaims claims, UploadProperties properties) {
		this.ingestion = ingestion;
		this.claims = claims;
		this.delayMillis = properties.ingestAfter().toMillis();
	}

	/** An upload was stored in the inbox. */
	synchronized void uploaded() {
		if (delayMillis == 0) {
			return;
		}
		if (running) {
			again = true;
		}
		else if (!scheduled) {
			schedule();
		}
	}

	private void schedule() {
		scheduled = true;
		executor.schedule(this::run, delayMillis, TimeUnit.MILLISECONDS);
	}

	private void run() {
		synchronized (this) {
			scheduled = false;
			running = true;
		}
		boolean done = true;
		try {
			done = ingest();
		}
		catch (Exception | LinkageError ex) {
			log.warn("Ingestion after an upload failed; the scheduled ingestion reads the file", ex);
		}
		finally {
			synchronized (this) {
				running = false;
				if (again || !done) {
					again = false;
					schedule();
				}
			}
		}
	}

	/**
	 * @return {@code false} when another ingestion was under way, or files were left waiting (still settling,
	 * {@code quality.ingest.settle-time}): to be tried again
	 */
	private boolean ingest() throws Exception {
		Optional<WorkClaims.Held> claim = claims.holdExclusively(RUN_CLAIM, WorkClaims.INGEST_RUN_PREFIX);
		if (claim.isEmpty()) {
			log.debug("Ingestion after an upload waits: another ingestion is under way");
			return false;
		}
		try (WorkClaims.Held held = claim.get()) {
			IngestResult result = ingestion.ingestNow();
			if (result.skipped()) {
				return false;
			}
			log.info("Ingestion #{} after an upload {}: {} accepted, {} refused, {} duplicates, {} waiting",
					result.jobExecutionId(), result.status(), result.accepted(), result.refused(), result.duplicates(),
					result.waiting());
			return result.waiting() == 0;
		}
	}

	/**
	 * A run not started yet is dropped (the scheduled ingestion reads its files); one going on is waited for, a
	 * minute at most, so that it ends and gives back its claims before the database goes away.
	 */
	@Override
	public void destroy() throws InterruptedException {
		executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
		executor.shutdown();
		if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
			executor.shutdownNow();
		}
	}

}
