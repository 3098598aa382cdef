package tw.gov.quality.schedule;

import java.util.TimeZone;

import io.micrometer.core.instrument.MeterRegistry;
import org.quartz.CronScheduleBuilder;
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

	@Bean
	JobDetail ingestJobDetail() {
		return job(IngestTriggerJob.class, "ingest", "收取收件匣的進度回報檔");
	}

	@Bean
	Trigger ingestTrigger(JobDetail ingestJobDetail, ScheduleProperties schedule, CalendarProperties calendar) {
		return cron(ingestJobDetail, schedule.ingest(), calendar);
	}

	@Bean
	JobDetail deadlineCheckJobDetail() {
		return job(QuarterlyTriggerJobs.DeadlineCheckJob.class, "deadline-check", "每日檢查各機關繳交情形");
	}

	@Bean
	Trigger deadlineCheckTrigger(JobDetail deadlineCheckJobDetail, ScheduleProperties schedule,
			CalendarProperties calendar) {
		return cron(deadlineCheckJobDetail, schedule.deadlineCheck(), calendar);
	}

	@Bean
	JobDetail reminderJobDetail() {
		return job(QuarterlyTriggerJobs.ReminderJob.class, "reminders", "寄送到期的催繳提醒");
	}

	@Bean
	Trigger reminderTrigger(JobDetail reminderJobDetail, ScheduleProperties schedule, CalendarProperties calendar) {
		return cron(reminderJobDetail, schedule.reminders(), calendar);
	}

	@Bean
	JobDetail consolidationJobDetail() {
		return job(QuarterlyTriggerJobs.ConsolidationJob.class, "consolidation", "截止後每日重新彙整執行成果報告");
	}

	@Bean
	Trigger consolidationTrigger(JobDetail consolidationJobDetail, ScheduleProperties schedule,
			CalendarProperties calendar) {
		return cron(consolidationJobDetail, schedule.consolidation(), calendar);
	}

	@Bean
	SchedulerFactoryBeanCustomizer scheduledJobMetrics(MeterRegistry registry) {
		return scheduler -> scheduler.setGlobalJobListeners(new ScheduledJobMetrics(registry));
	}

	private static JobDetail job(Class<? extends org.quartz.Job> type, String name, String description) {
		return JobBuilder.newJob(type).withIdentity(name, "quality").withDescription(description).storeDurably().build();
	}

	private static Trigger cron(JobDetail job, String expression, CalendarProperties calendar) {
		return TriggerBuilder.newTrigger()
			.forJob(job)
			.withIdentity(job.getKey().getName(), "quality")
			// A run missed while the service was down happens once when it is back, not once per missed slot.
			.withSchedule(CronScheduleBuilder.cronSchedule(expression)
				.inTimeZone(TimeZone.getTimeZone(calendar.zone()))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
