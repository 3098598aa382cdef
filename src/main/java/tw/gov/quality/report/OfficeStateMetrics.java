package tw.gov.quality.report;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;

/**
 * Gauges of the quarter offices are reporting on now ({@link OfficeDeadlines#reportingPeriodAt}):
 * <ul>
 * <li>{@code quality.offices{state=on_time|late|missing|refused|pending}}: expected offices in each
 * state at their latest deadline check ({@code refused}: 退件未補正);</li>
 * <li>{@code quality.offices.check.age} (seconds): how old that check is; absent (NaN) until the
 * quarter's first check.</li>
 * </ul>
 * They read the stored checks rather than compute the states on scrape: a scrape costs a few small
 * indexed queries whatever the number of offices and submissions, and the figures are exactly those
 * the check stored and that the reminders, the console and the reports go by. The daily check
 * ({@code quality.schedule.deadline-check}) and every {@code check-deadlines} or {@code run} refresh
 * them; the age gauge shows when they are stale.
 */
@Component
class OfficeStateMetrics implements MeterBinder {

	static final String OFFICES = "quality.offices";

	static final String CHECK_AGE = "quality.offices.check.age";

	private final DeadlineChecks checks;

	private final Clock clock;

	OfficeStateMetrics(DeadlineChecks checks, Clock clock) {
		this.checks = checks;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (SubmissionState state : SubmissionState.values()) {
			Gauge.builder(OFFICES, () -> count(state))
				.description("Offices in each state for the quarter being reported, at the latest deadline check")
				.tag("state", tag(state))
				.register(registry);
		}
		Gauge.builder(CHECK_AGE, this::checkAgeSeconds)
			.description("Age of the latest deadline check of the quarter being reported")
			.baseUnit("seconds")
			.register(registry);
	}

	static String tag(SubmissionState state) {
		return state == SubmissionState.REFUSED_UNCORRECTED ? "refused" : state.name().toLowerCase(Locale.ROOT);
	}

	ReportingPeriod current() {
		return OfficeDeadlines.reportingPeriodAt(LocalDateTime.now(clock).toLocalDate());
	}

	private long count(SubmissionState state) {
		return checks.latest(current()).stream().filter(row -> row.state() == state).count();
	}

	private double checkAgeSeconds() {
		return checks.latestCheckedAt(current())
			.map(checkedAt -> (double) Duration.between(checkedAt, LocalDateTime.now(clock)).toSeconds())
			.orElse(Double.NaN);
	}

}
