package tw.gov.quality.cli;

import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import tw.gov.quality.batch.JobOutcome;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;

/**
 * How far a Batch job started by this command has got, from the job repository: items read by its
 * steps so far (each committed chunk updates them).
 */
@Component
class BatchProgress {

	private final JobRepository jobRepository;

	private final JobStarter starter;

	BatchProgress(JobRepository jobRepository, JobStarter starter) {
		this.jobRepository = jobRepository;
		this.starter = starter;
	}

	/**
	 * Items read by the execution of {@code job} created from now on (this command's), of {@code total}; counted
	 * at each chunk commit.
	 */
	Progress.Meter meter(QualityJob job, long total) {
		String jobName = job.jobName();
		LocalDateTime since = starter.repositoryNow().minusSeconds(1);
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
					done = Math.max(done, JobOutcome.read(execution));
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
