package tw.gov.quality.schedule;

import java.time.Clock;
import java.time.LocalDateTime;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.reminder.Reminders;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.report.DeadlineChecks;

/** The daily Quartz jobs of the quarter being reported now; none runs twice at once, across nodes too. */
final class QuarterlyTriggerJobs {

	private static final Logger log = LoggerFactory.getLogger(QuarterlyTriggerJobs.class);

	private QuarterlyTriggerJobs() {
	}

	static ReportingPeriod current(Clock clock) {
		return OfficeDeadlines.reportingPeriodAt(LocalDateTime.now(clock).toLocalDate());
	}

	@DisallowConcurrentExecution
	static class DeadlineCheckJob extends QuartzJobBean {

		private final DeadlineChecks checks;

		private final Clock clock;

		DeadlineCheckJob(DeadlineChecks checks, Clock clock) {
			this.checks = checks;
			this.clock = clock;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			ReportingPeriod period = current(clock);
			int offices = checks.check(period, LocalDateTime.now(clock)).size();
			// DeadlineChecks logs the run's summary.
			log.debug("Scheduled deadline check of {}: {} offices", period, offices);
		}

	}

	@DisallowConcurrentExecution
	static class ReminderJob extends QuartzJobBean {

		private final Reminders reminders;

		private final Clock clock;

		ReminderJob(Reminders reminders, Clock clock) {
			this.reminders = reminders;
			this.clock = clock;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			ReportingPeriod period = current(clock);
			Reminders.Result result = reminders.send(period, LocalDateTime.now(clock));
			// Reminders logs the run's summary.
			log.debug("Scheduled reminders of {}: {} sent, {} failed", period, result.sent().size(), result.failed().size());
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
