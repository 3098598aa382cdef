package tw.gov.quality.schedule;

import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tw.gov.quality.calendar.CalendarProperties;

/** The service's Quartz jobs and triggers, stored in the clustered JDBC job store. */
@Configuration(proxyBeanMethods = false)
class ScheduleConfiguration {

	@Bean
	JobDetail ingestJobDetail() {
		return JobBuilder.newJob(IngestTriggerJob.class)
			.withIdentity("ingest", "quality")
			.withDescription("收取收件匣的進度回報檔")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger ingestTrigger(JobDetail ingestJobDetail, ScheduleProperties schedule, CalendarProperties calendar) {
		return TriggerBuilder.newTrigger()
			.forJob(ingestJobDetail)
			.withIdentity("ingest", "quality")
			// A run missed while the service was down happens once when it is back, not once per missed slot.
			.withSchedule(CronScheduleBuilder.cronSchedule(schedule.ingest())
				.inTimeZone(TimeZone.getTimeZone(calendar.zone()))
				.withMisfireHandlingInstructionFireAndProceed())
			.build();
	}

}
