package tw.gov.quality.batch;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import tw.gov.quality.calendar.ReportingPeriod;

/**
 * One run of a job to start: the quarter it is for (if any), the moment it computes as of (if any) and its
 * options ({@link #SUPERVISOR}, {@link #OFFICE}). Each request is a new job instance.
 */
public record JobRequest(QualityJob job, ReportingPeriod period, LocalDateTime asOf, Map<String, String> options) {

	/** The job parameter names, read by step-scoped beans as {@code #{jobParameters['period']}}. */
	public static final String PERIOD = "period";

	public static final String AS_OF = "asOf";

	public static final String RUN_AT = "runAt";

	public static final String SUPERVISOR = "supervisor";

	public static final String OFFICE = "office";

	public JobRequest {
		options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
	}

	public static JobRequest of(QualityJob job) {
		return new JobRequest(job, null, null, Map.of());
	}

	public JobRequest forPeriod(ReportingPeriod period) {
		return new JobRequest(job, period, asOf, options);
	}

	public JobRequest asOf(LocalDateTime asOf) {
		return new JobRequest(job, period, asOf, options);
	}

	/** Adds an option; a {@code null} value (e.g. "every supervisor") adds nothing. */
	public JobRequest with(String name, String value) {
		if (value == null || value.isBlank()) {
			return this;
		}
		Map<String, String> more = new LinkedHashMap<>(options);
		more.put(name, value);
		return new JobRequest(job, period, asOf, more);
	}

}
