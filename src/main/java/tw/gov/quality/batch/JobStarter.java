package tw.gov.quality.batch;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;

/**
 * Starts a job for a request and waits for its end: the one way the command line, the console, the API and the
 * scheduler run a job. The period travels as one typed parameter (stored as {@code 107Q2}, read back by
 * {@link ReportingPeriod#valueOf}).
 */
@Component
public class JobStarter {

	private final JobOperator jobOperator;

	private final Map<String, Job> jobs;

	private final Clock clock;

	private LocalDateTime lastRunAt = LocalDateTime.MIN;

	JobStarter(JobOperator jobOperator, List<Job> jobs, Clock clock) {
		this.jobOperator = jobOperator;
		this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
		this.clock = clock;
	}

	public JobOutcome run(JobRequest request) throws Exception {
		Job job = jobs.get(request.job().jobName());
		if (job == null) {
			throw new IllegalStateException("No job named " + request.job().jobName());
		}
		return JobOutcome.of(jobOperator.start(job, parameters(request)));
	}

	JobParameters parameters(JobRequest request) {
		JobParametersBuilder parameters = new JobParametersBuilder();
		if (request.period() != null) {
			parameters.addJobParameter(JobRequest.PERIOD, request.period(), ReportingPeriod.class);
		}
		if (request.asOf() != null) {
			parameters.addLocalDateTime(JobRequest.AS_OF, request.asOf());
		}
		request.options().forEach(parameters::addString);
		return parameters.addLocalDateTime(JobRequest.RUN_AT, nextRunAt()).toJobParameters();
	}

	/** Makes each request its own job instance, also when the clock stands still (a fixed clock in a test). */
	private synchronized LocalDateTime nextRunAt() {
		LocalDateTime now = repositoryNow();
		lastRunAt = now.isAfter(lastRunAt) ? now : lastRunAt.plusNanos(1000);
		return lastRunAt;
	}

	/**
	 * Now, in the zone the job repository stamps its times in (the JVM's), to compare with an execution's
	 * create, start and end times.
	 */
	public LocalDateTime repositoryNow() {
		return LocalDateTime.now(clock.withZone(ZoneId.systemDefault()));
	}

	/** The period of a run started by this class. */
	public static ReportingPeriod period(JobParameters parameters) {
		return parameters.getParameter(JobRequest.PERIOD) == null ? null
				: (ReportingPeriod) parameters.getParameter(JobRequest.PERIOD).value();
	}

}
