package tw.gov.quality.calendar;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reporting calendar.
 *
 * @param zone every deadline and received time is in this zone, whatever the server's
 * @param officeDeadlineDay offices submit by this day of the month after the quarter ends
 * @param officeDeadlineTime … at this time
 * @param supervisorDeadlineDay supervisors forward their reports by this day (seed 002: 4/20, 7/20,
 * 10/20, 1/20)
 * @param overrides per-quarter dates that replace the defaults (holidays move a deadline)
 */
@ConfigurationProperties("quality.calendar")
public record CalendarProperties(@DefaultValue("Asia/Taipei") ZoneId zone, @DefaultValue("10") int officeDeadlineDay,
		@DefaultValue("23:59:59") LocalTime officeDeadlineTime, @DefaultValue("20") int supervisorDeadlineDay,
		@DefaultValue List<Override> overrides) {

	/**
	 * @param year ROC year
	 * @param officeDeadline replaces the office deadline of that quarter, if set
	 * @param supervisorDeadline replaces the supervisor deadline of that quarter, if set
	 */
	public record Override(int year, int quarter, LocalDateTime officeDeadline, LocalDateTime supervisorDeadline,
			String reason) {
	}

}
