package tw.gov.quality.calendar;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock in the calendar's zone for the whole service, so tests and --as-of can fix the time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock(CalendarProperties properties) {
		return Clock.system(properties.zone());
	}

}
