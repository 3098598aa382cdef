package tw.gov.quality.batch;

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
		return new JobOutcome(execution.getId(), execution.getStatus(), failure(execution).orElse(null),
				execution.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum(),
				execution.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum(), execution);
	}

	public boolean completed() {
		return status == BatchStatus.COMPLETED;
	}

	/** The step of this run named {@code name}, if it ran. */
	public Optional<StepExecution> step(String name) {
		return execution.getStepExecutions().stream().filter(step -> step.getStepName().equals(name)).findFirst();
	}

	/** The most specific cause of the run's first failure, as its message. */
	public static Optional<String> failure(JobExecution execution) {
		return execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(NestedExceptionUtils::getMostSpecificCause)
			.map(cause -> cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
	}

}
