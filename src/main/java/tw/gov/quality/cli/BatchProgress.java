package tw.gov.quality.cli;

import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * How far a Batch job started by this command has got, from the job repository: items read by its
 * steps so far (each committed chunk updates them).
 */
@Component
class BatchProgress {

	private final JobRepository jobRepository;

	BatchProgress(JobRepository jobRepository) {
		this.jobRepository = jobRepository;
	}

	/**
	 * Items read by the {@code jobName} execution created since {@code since} (this command's), of
	 * {@code total}; counted at each chunk commit.
	 */
	Progress.Meter meter(String jobName, long total, LocalDateTime since) {
		return new Progress.Meter() {

			private long done;

			private Long executionId;

			@Override
			public long done() {
				if (executionId == null) {
					executionId = latest(jobName, since);
				}
				JobExecution execution = executionId == null ? null : jobRepository.getJobExecution(executionId);
				if (execution != null) {
					done = Math.max(done, execution.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum());
				}
				return done;
			}

			@Override
			public long total() {
				return total;
			}

		};
	}

	/** The newest execution of {@code jobName} created since {@code since}, running or just ended. */
	private Long latest(String jobName, LocalDateTime since) {
		Long newest = null;
		for (JobInstance instance : jobRepository.getJobInstances(jobName, 0, 1)) {
			for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
				if (execution.getCreateTime() != null && !execution.getCreateTime().isBefore(since)
						&& (newest == null || execution.getId() > newest)) {
					newest = execution.getId();
				}
			}
		}
		return newest;
	}

}
