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
import tw.gov.quality.report.Consolidation;

/** The daily Quartz jobs of the quarter being reported now; none runs twice at once, across nodes too. */
final class QuarterlyTriggerJobs {

	private static final Logger log = LoggerFactory.getLogger(QuarterlyTriggerJobs.class);

	private QuarterlyTriggerJobs() {
	}

	static ReportingPeriod current(Clock clock) {
		return OfficeDeadlines.reportingPeriodAt(LocalDateTime.now(clock).toLocalDate());
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

		@Override
		protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
			ReportingPeriod period = current(clock);
			try {
				JobOutcome outcome = starter
					.run(JobRequest.of(job).forPeriod(period).asOf(LocalDateTime.now(clock)));
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
	static class ConsolidationJob extends QuartzJobBean {

		private final Consolidation consolidation;

		private final OfficeDeadlines deadlines;

		private final Clock clock;

		ConsolidationJob(Consolidation consolidation, OfficeDeadlines deadlines, Clock clock) {
			this.consolidation = consolidation;
			this.deadlines = deadlines;
			this.clock = clock;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
			LocalDateTime now = LocalDateTime.now(clock);
			ReportingPeriod period = current(clock);
			LocalDateTime officeDeadline = deadlines.deadline("", period);
			if (now.isBefore(officeDeadline) || now.isAfter(deadlines.supervisorDeadline(period).plusDays(1))) {
				log.debug("Scheduled consolidation of {}: outside its days, nothing to do", period);
				return;
			}
			try {
				Consolidation.Result result = consolidation.consolidate(period, null, now);
				// consolidateJob's listener logs the run's summary.
				log.debug("Scheduled consolidation of {}: {} {}", period, result.status(), result.folders());
			}
			catch (Exception ex) {
				throw new JobExecutionException(ex);
			}
		}

	}

}
