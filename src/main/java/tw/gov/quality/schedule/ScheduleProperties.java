package tw.gov.quality.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cron expressions (Quartz syntax, Asia/Taipei) of the service's scheduled jobs.
 *
 * @param ingest how often the inbox is read
 */
@ConfigurationProperties("quality.schedule")
public record ScheduleProperties(@DefaultValue("0 */5 * * * ?") String ingest) {
}
