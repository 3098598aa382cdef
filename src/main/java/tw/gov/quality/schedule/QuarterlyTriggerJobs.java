package tw.gov.quality.schedule;

import java.time.Clock;
import java.time.LocalDateTime;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

import tw.gov.quality.batch.JobOutcome;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;

/** The daily Quartz jobs of the quarter being reported now; none runs twice at once, across nodes too. */
final class QuarterlyTriggerJobs {

	private static final Logger log = LoggerFactory.getLogger(QuarterlyTriggerJobs.class);

	private QuarterlyTriggerJobs() {
	}

	/** Runs one tracked batch job for the current quarter, so that each day's run is on record with its counts. */
	abstract static class TrackedQuarterJob extends QuartzJobBean {

		private final JobStarter starter;

		private final Clock clock;

		private final QualityJob job;

		TrackedQuarterJob(JobStarter starter, Clock clock, QualityJob job) {
			this.starter = starter;
			this.clock = clock;
			this.job = job;
		}

		/** Whether the job has anything to do for the quarter now; every day unless a job says otherwise. */
		boolean due(ReportingPeriod period, LocalDateTime now) {
			return true;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
			LocalDateTime now = LocalDateTime.now(clock);
			ReportingPeriod period = OfficeDeadlines.reportingPeriodAt(now.toLocalDate());
			if (!due(period, now)) {
				log.debug("Scheduled {} of {}: outside its days, nothing to do", job.jobName(), period);
				return;
			}
			try {
				JobOutcome outcome = starter.run(JobRequest.of(job).forPeriod(period).asOf(now));
				log.info("Scheduled {} of {}: #{} {} {}", job.jobName(), period, outcome.executionId(), outcome.status(),
						outcome.execution().getExitStatus().getExitDescription());
			}
			catch (Exception ex) {
				throw new JobExecutionException(ex);
			}
		}

	}

	/** {@code deadlineCheckJob}, daily. */
	@DisallowConcurrentExecution
	static class DeadlineCheckJob extends TrackedQuarterJob {

		DeadlineCheckJob(JobStarter starter, Clock clock) {
			super(starter, clock, QualityJob.DEADLINE_CHECK);
		}

	}

	/** {@code reminderJob}, daily. */
	@DisallowConcurrentExecution
	static class ReminderJob extends TrackedQuarterJob {

		ReminderJob(JobStarter starter, Clock clock) {
			super(starter, clock, QualityJob.REMINDER);
		}

	}

	/** Rebuilds the quarter's reports each morning between the office deadline and the forwarding deadline. */
	@DisallowConcurrentExecution
	static class ConsolidationJob extends TrackedQuarterJob {

		private final OfficeDeadlines deadlines;

		ConsolidationJob(JobStarter starter, OfficeDeadlines deadlines, Clock clock) {
			super(starter, clock, QualityJob.CONSOLIDATE);
			this.deadlines = deadlines;
		}

		@Override
		boolean due(ReportingPeriod period, LocalDateTime now) {
			return !now.isBefore(deadlines.officeDeadline(period))
					&& !now.isAfter(deadlines.supervisorDeadline(period).plusDays(1));
		}

	}

}
