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
		Timer.builder(NAME)
			.description("Scheduled runs of the service's Quartz jobs")
			.tag("job", context.getJobDetail().getKey().getName())
			.tag("outcome", failure == null ? "success" : "failure")
			.register(registry)
			.record(Duration.ofMillis(Math.max(0, context.getJobRunTime())));
	}

}
