package tw.gov.quality.batch;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;

/**
 * How a run ended: its execution id, status, the first failure's message (for people), items read and written
 * by all its steps, and the execution itself for what a job records in its step contexts.
 */
public record JobOutcome(long executionId, BatchStatus status, String failure, long read, long written,
		JobExecution execution) {

	static JobOutcome of(JobExecution execution) {
		return new JobOutcome(execution.getId(), execution.getStatus(), failure(execution).orElse(null), read(execution),
				execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum(), execution);
	}

	public boolean completed() {
		return status == BatchStatus.COMPLETED;
	}

	/** The step of this run named {@code name}, if it ran. */
	public Optional<StepExecution> step(String name) {
		return execution.getStepExecutions().stream().filter(step -> step.getStepName().equals(name)).findFirst();
	}

	/** Items read so far by all the run's steps: what a command's progress counts. */
	public static long read(JobExecution execution) {
		return execution.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum();
	}

	/** The most specific cause of the run's first failure, as its message. */
	public static Optional<String> failure(JobExecution execution) {
		return firstCause(execution)
			.map(cause -> cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
	}

	/** The most specific cause of the run's first failure. */
	public static Optional<Throwable> firstCause(JobExecution execution) {
		return execution.getAllFailureExceptions().stream().findFirst().map(NestedExceptionUtils::getMostSpecificCause);
	}

	/** For a run's log line: {@code ": IOException disk full"}, or nothing when it did not fail. */
	public static String logFailure(JobExecution execution) {
		return firstCause(execution).map(cause -> ": " + cause.getClass().getSimpleName() + " " + cause.getMessage())
			.orElse("");
	}

	/** How long the run took, {@code 12.3 s}, from the repository's own times (it may still be ending). */
	public static String took(JobExecution execution) {
		LocalDateTime start = execution.getStartTime() == null ? execution.getCreateTime() : execution.getStartTime();
		LocalDateTime end = execution.getEndTime() == null ? execution.getLastUpdated() : execution.getEndTime();
		return String.format(Locale.ROOT, "%.1f s", Duration.between(start, end).toMillis() / 1000.0);
	}

}
