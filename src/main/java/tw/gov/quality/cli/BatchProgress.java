package tw.gov.quality.cli;

import java.time.LocalDateTime;

import org.springframework.batch.core.job.JobExecution;
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

	/** Items read by the running {@code jobName} execution created since {@code since}, of {@code total}. */
	Progress.Meter meter(String jobName, long total, LocalDateTime since) {
		return new Progress.Meter() {

			private long done;

			@Override
			public long done() {
				for (JobExecution execution : jobRepository.findRunningJobExecutions(jobName)) {
					if (execution.getCreateTime() != null && !execution.getCreateTime().isBefore(since)) {
						done = Math.max(done, execution.getStepExecutions().stream().mapToLong(StepExecution::getReadCount).sum());
					}
				}
				return done;
			}

			@Override
			public long total() {
				return total;
			}

		};
	}

}
