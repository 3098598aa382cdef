package tw.gov.quality.jobs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.reminder.Reminders;
import tw.gov.quality.report.DeadlineChecks;
import tw.gov.quality.report.SubmissionState;

/**
 * The scheduled deadline check and reminders as Spring Batch jobs, so that their runs, counts and
 * failures are on record (and on the console's jobs page) like ingestion and consolidation.
 * Started by {@link JobStarter} with a period and an as-of moment.
 */
@Configuration(proxyBeanMethods = false)
class TrackedJobsConfiguration {

	@Bean
	Job deadlineCheckJob(JobRepository jobRepository, Step checkDeadlinesStep) {
		return new JobBuilder(QualityJob.DEADLINE_CHECK_JOB, jobRepository).start(checkDeadlinesStep).build();
	}

	@Bean
	Step checkDeadlinesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DeadlineChecks checks) {
		return new StepBuilder("checkDeadlinesStep", jobRepository).tasklet((contribution, context) -> {
			JobParameters parameters = context.getStepContext().getStepExecution().getJobParameters();
			List<DeadlineChecks.Flag> flags = checks.check(JobStarter.period(parameters), parameters.getLocalDateTime(JobRequest.AS_OF));
			flags.forEach(flag -> contribution.incrementReadCount());
			contribution.incrementWriteCount(flags.size());
			Map<SubmissionState, Long> counts = new TreeMap<>(
					flags.stream().collect(Collectors.groupingBy(DeadlineChecks.Flag::state, Collectors.counting())));
			contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(counts.entrySet()
				.stream()
				.map(entry -> entry.getKey().label() + " " + entry.getValue())
				.collect(Collectors.joining("、"))));
			return RepeatStatus.FINISHED;
		}, transactionManager).build();
	}

	@Bean
	Job reminderJob(JobRepository jobRepository, Step sendRemindersStep) {
		return new JobBuilder(QualityJob.REMINDER_JOB, jobRepository).start(sendRemindersStep).build();
	}

	/**
	 * Not in a database transaction: each reminder commits on its own before its mail goes out
	 * ({@link Reminders}), which an enclosing transaction would undo.
	 */
	@Bean
	Step sendRemindersStep(JobRepository jobRepository, Reminders reminders) {
		return new StepBuilder("sendRemindersStep", jobRepository).tasklet((contribution, context) -> {
			JobParameters parameters = context.getStepContext().getStepExecution().getJobParameters();
			Reminders.Result result = reminders.send(JobStarter.period(parameters), parameters.getLocalDateTime(JobRequest.AS_OF));
			result.outcomes().forEach(outcome -> contribution.incrementReadCount());
			contribution.incrementWriteCount(result.sent().size());
			contribution.incrementWriteSkipCount(result.failed().size());
			contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription("送出 " + result.sent().size() + " 則、先前已送 "
					+ result.alreadySent() + " 則、失敗 " + result.failed().size() + " 則"));
			return RepeatStatus.FINISHED;
		}, new ResourcelessTransactionManager()).build();
	}

}
