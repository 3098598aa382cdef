package tw.gov.quality.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cron expressions (Quartz syntax, in the calendar's zone, Asia/Taipei) of the scheduled jobs.
 *
 * @param ingest how often the inbox is read
 * @param deadlineCheck the daily check of every office's state for the quarter being reported
 * @param reminders when reminders due are sent (each is sent once per office and stage)
 * @param consolidation the morning run that rebuilds the quarter's reports from the day after the
 * office deadline until the supervisors' forwarding deadline, while late files still arrive
 */
@ConfigurationProperties("quality.schedule")
record ScheduleProperties(@DefaultValue("0 */5 * * * ?") String ingest,
		@DefaultValue("0 0 7 * * ?") String deadlineCheck, @DefaultValue("0 30 8 * * ?") String reminders,
		@DefaultValue("0 0 6 * * ?") String consolidation) {
}
