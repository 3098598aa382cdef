package tw.gov.quality.actions;

import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.web.Confirmation;
import tw.gov.quality.web.NotFound;

/** The batch executions an administrator restarts or marks as failed. */
@Component
class Executions {

	private final JobRepository jobRepository;

	private final WorkClaims claims;

	Executions(JobRepository jobRepository, WorkClaims claims) {
		this.jobRepository = jobRepository;
		this.claims = claims;
	}

	/** The execution, or a 404. */
	JobExecution find(long executionId) {
		JobExecution execution;
		try {
			execution = jobRepository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new NotFound("查無批次執行 #" + executionId);
		}
		return execution;
	}

	/**
	 * For an ingestion's execution, a hold that keeps every node from starting an ingestion, so that it
	 * is not touched while one runs: empty while an ingestion runs on any node. For any other job, a
	 * hold that releases nothing.
	 */
	Optional<WorkClaims.Held> lockFor(JobExecution execution) {
		if (!QualityJob.INGEST_JOB.equals(execution.getJobInstance().getJobName())) {
			return Optional.of(() -> {
			});
		}
		return claims.holdExclusively(WorkClaims.INGEST_PAUSE, WorkClaims.INGEST_RUN_PREFIX);
	}

	/** The confirmation page of an action on one execution, which goes back to that execution's page. */
	Confirmation describe(String title, String warning, String action, long executionId) {
		JobExecution found = find(executionId);
		return Confirmation.of(title, warning, action, "/jobs/" + executionId)
			.fact("批次執行", "#" + executionId + " " + found.getJobInstance().getJobName())
			.fact("目前狀態", found.getStatus())
			.field("execution", executionId);
	}

}
