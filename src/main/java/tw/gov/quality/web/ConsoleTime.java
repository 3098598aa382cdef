package tw.gov.quality.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Times as the console and the API show them: in {@code quality.calendar.zone} (the service's clock),
 * whatever the JVM's zone. Spring Batch and the file system record theirs in the JVM's zone; they are
 * converted here before they are shown or returned.
 */
@Component
public class ConsoleTime {

	private final Clock clock;

	public ConsoleTime(Clock clock) {
		this.clock = clock;
	}

	/** A wall-clock time recorded in the JVM's zone, in the calendar's zone. */
	public LocalDateTime fromJvmZone(LocalDateTime jvmTime) {
		if (jvmTime == null) {
			return null;
		}
		ZoneId jvm = ZoneId.systemDefault();
		ZoneId zone = clock.getZone();
		return jvm.equals(zone) ? jvmTime : jvmTime.atZone(jvm).withZoneSameInstant(zone).toLocalDateTime();
	}

	/** Now, in the calendar's zone. */
	public LocalDateTime now() {
		return LocalDateTime.now(clock);
	}

}
