package tw.gov.quality.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;

/**
 * One Spring Batch job execution as the console shows it.
 *
 * @param exitMessage never filled: Spring Batch's exit message is a stack trace, kept in the log and the
 * job repository, never shown
 * @param failure what a failed run's exit message says, without exception classes, code or SQL
 * @param parameters the job parameters, {@code name=value}
 * @param steps the step executions, in order (only filled for a single execution)
 * @param pending for a running ingestion: files received and not yet read
 */
public record JobRun(long id, String jobName, String jobLabel, BatchStatus status, String exitCode, String exitMessage,
		String failure, LocalDateTime createTime, LocalDateTime startTime, LocalDateTime endTime,
		LocalDateTime lastUpdated, Duration duration, long readCount, long writeCount, long skipCount,
		long filterCount, String parameters, List<StepRun> steps, Long pending) {

	public boolean running() {
		return status.isRunning();
	}

	public boolean restartable() {
		return status == BatchStatus.FAILED || status == BatchStatus.STOPPED;
	}

	/** A run whose process ended without saying how (killed): the console offers to mark it failed. */
	public boolean unknown() {
		return status == BatchStatus.UNKNOWN;
	}

	public String statusLabel() {
		return JobLabels.status(status);
	}

	/** A step of a job execution. */
	public record StepRun(long id, String name, BatchStatus status, LocalDateTime startTime, LocalDateTime endTime,
			long readCount, long writeCount, long skipCount, long filterCount, long commitCount, String exitDescription) {

		public String statusLabel() {
			return JobLabels.status(status);
		}

	}

}
