package tw.gov.quality.jobs;

import java.time.LocalDateTime;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;

/** Starts the deadline check and the reminders as recorded batch runs (the scheduler's daily jobs). */
@Component
public class TrackedRuns {

	private final JobOperator jobOperator;

	private final Job deadlineCheckJob;

	private final Job reminderJob;

	TrackedRuns(JobOperator jobOperator, @Qualifier("deadlineCheckJob") Job deadlineCheckJob,
			@Qualifier("reminderJob") Job reminderJob) {
		this.jobOperator = jobOperator;
		this.deadlineCheckJob = deadlineCheckJob;
		this.reminderJob = reminderJob;
	}

	public JobExecution checkDeadlines(ReportingPeriod period, LocalDateTime asOf) throws Exception {
		return jobOperator.start(deadlineCheckJob, TrackedJobsConfiguration.parameters(period, asOf));
	}

	public JobExecution sendReminders(ReportingPeriod period, LocalDateTime asOf) throws Exception {
		return jobOperator.start(reminderJob, TrackedJobsConfiguration.parameters(period, asOf));
	}

}
