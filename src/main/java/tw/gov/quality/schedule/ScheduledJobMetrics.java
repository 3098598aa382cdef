package tw.gov.quality.schedule;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.listeners.JobListenerSupport;

/**
 * {@code quality.scheduled.job{job=ingest|deadline-check|reminders|consolidation, outcome=success|failure}}:
 * how long each scheduled run took. The Batch jobs are also timed by Spring Batch
 * ({@code spring.batch.job}); deadline checks and reminders are not Batch jobs, so this is their timer.
 */
class ScheduledJobMetrics extends JobListenerSupport {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ScheduledJobMetrics.class);

	static final String NAME = "quality.scheduled.job";

	private final MeterRegistry registry;

	ScheduledJobMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public String getName() {
		return "quality-metrics";
	}

	@Override
	public void jobWasExecuted(JobExecutionContext context, JobExecutionException failure) {
		// With several nodes, which one ran each firing (once across the cluster).
		log.info("Scheduled job {} ran here for its firing at {} ({}, {} ms)", context.getJobDetail().getKey().getName(),
				context.getScheduledFireTime() == null ? "-" : context.getScheduledFireTime().toInstant(),
				failure == null ? "success" : "failure", context.getJobRunTime());
		Timer.builder(NAME)
			.description("Scheduled runs of the service's Quartz jobs")
			.tag("job", context.getJobDetail().getKey().getName())
			.tag("outcome", failure == null ? "success" : "failure")
			.register(registry)
			.record(Duration.ofMillis(Math.max(0, context.getJobRunTime())));
	}

}
