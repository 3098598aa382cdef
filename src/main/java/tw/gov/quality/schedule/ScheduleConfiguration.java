package tw.gov.quality.schedule;

import java.util.Arrays;
import java.util.TimeZone;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.gov.quality.calendar.CalendarProperties;

/** The service's Quartz jobs and triggers, stored in the clustered JDBC job store. */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	/** Every scheduled job: its Quartz class, name, description and where its cron expression is set. */
	private enum Scheduled {

		INGEST(IngestTriggerJob.class, "ingest", "收取收件匣的進度回報檔", ScheduleProperties::ingest),

		DEADLINE_CHECK(QuarterlyTriggerJobs.DeadlineCheckJob.class, "deadline-check", "每日檢查各機關繳交情形",
				ScheduleProperties::deadlineCheck),

		REMINDERS(QuarterlyTriggerJobs.ReminderJob.class, "reminders", "寄送到期的催繳提醒", ScheduleProperties::reminders),

		CONSOLIDATION(QuarterlyTriggerJobs.ConsolidationJob.class, "consolidation", "截止後每日重新彙整執行成果報告",
				ScheduleProperties::consolidation);

		private final Class<? extends Job> type;

		private final String name;

		private final String description;

		private final Function<ScheduleProperties, String> cron;

		Scheduled(Class<? extends Job> type, String name, String description, Function<ScheduleProperties, String> cron) {
			this.type = type;
			this.name = name;
			this.description = description;
			this.cron = cron;
		}

		JobDetail detail() {
			return JobBuilder.newJob(type)
				.withIdentity(name, SchedulerHealthIndicator.GROUP)
				.withDescription(description)
				.storeDurably()
				.build();
		}

		Trigger trigger(ScheduleProperties schedule, CalendarProperties calendar) {
			return TriggerBuilder.newTrigger()
				.forJob(name, SchedulerHealthIndicator.GROUP)
				.withIdentity(name, SchedulerHealthIndicator.GROUP)
				// A run missed while the service was down happens once when it is back, not once per missed slot.
				.withSchedule(CronScheduleBuilder.cronSchedule(cron.apply(schedule))
					.inTimeZone(TimeZone.getTimeZone(calendar.zone()))
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
		}

	}

	/**
	 * Registers every {@link Scheduled} job (stored; an existing one is replaced) with its cron trigger,
	 * which replaces the stored one only when it changed ({@link StoredTriggers}).
	 */
	@Bean
	SchedulerFactoryBeanCustomizer scheduledJobs(ScheduleProperties schedule, CalendarProperties calendar,
			StoredTriggers stored) {
		return scheduler -> {
			scheduler.setJobDetails(Arrays.stream(Scheduled.values()).map(Scheduled::detail).toArray(JobDetail[]::new));
			scheduler.setTriggers(stored
				.changed(Arrays.stream(Scheduled.values()).map(job -> job.trigger(schedule, calendar)).toList())
				.toArray(Trigger[]::new));
		};
	}

	@Bean
	SchedulerFactoryBeanCustomizer scheduledJobMetrics(MeterRegistry registry) {
		return scheduler -> scheduler.setGlobalJobListeners(new ScheduledJobMetrics(registry));
	}

}
