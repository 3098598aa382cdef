package tw.gov.quality.cli;

import org.springframework.batch.core.job.JobExecution;

import tw.gov.quality.batch.JobOutcome;

/** One line about why a job failed; the stack trace is in the log, never on the console. */
final class JobFailures {

	private JobFailures() {
	}

	static String summary(JobExecution execution) {
		return JobOutcome.firstCause(execution)
			.map(cause -> cause.getMessage() + "（詳細記錄見 logs/quality-progress.log）")
			.orElse("原因不明，請查看 logs/quality-progress.log");
	}

}
