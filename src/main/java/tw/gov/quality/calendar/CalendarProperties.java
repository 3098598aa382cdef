package tw.gov.quality.calendar;

import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reporting calendar.
 *
 * @param zone every deadline and received time is in this zone, whatever the server's
 * @param officeDeadlineDay offices submit by this day of the month after the quarter ends
 * @param officeDeadlineTime … at this time
 */
@ConfigurationProperties("quality.calendar")
public record CalendarProperties(@DefaultValue("Asia/Taipei") ZoneId zone, @DefaultValue("10") int officeDeadlineDay,
		@DefaultValue("23:59:59") LocalTime officeDeadlineTime) {
}
