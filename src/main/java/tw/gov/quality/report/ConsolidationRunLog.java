package tw.gov.quality.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;

import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.calendar.ReportingPeriod;

/**
 * The one summary line of each consolidation run; each supervisor's report folder has its own line
 * from the writer.
 */
class ConsolidationRunLog implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(ConsolidationRunLog.class);

	@Override
	public void afterJob(JobExecution job) {
		JobParameters parameters = job.getJobParameters();
		ReportingPeriod period = JobStarter.period(parameters);
		String supervisor = parameters.getString(JobRequest.SUPERVISOR);
		long written = job.getStepExecutions().stream().mapToLong(StepExecution::getWriteCount).sum();
		LocalDateTime start = job.getStartTime() == null ? job.getCreateTime() : job.getStartTime();
		LocalDateTime end = job.getEndTime() == null ? job.getLastUpdated() : job.getEndTime();
		String failure = job.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(NestedExceptionUtils::getMostSpecificCause)
			.map(cause -> ": " + cause.getClass().getSimpleName() + " " + cause.getMessage())
			.orElse("");
		int conversionsFailed = job.getStepExecutions()
			.stream()
			.mapToInt(step -> step.getExecutionContext().getInt(ConsolidationJobConfiguration.CONVERSIONS_FAILED, 0))
			.sum();
		if (conversionsFailed > 0) {
			failure = failure + "; " + conversionsFailed
					+ " conversion(s) to .ods/PDF failed (the .xlsx are published; tried again on the next run)";
		}
		log.info("Consolidation run #{} {} in {}: {} as of {}, {}, {} report folder(s) written{}", job.getId(),
				job.getStatus(), String.format(Locale.ROOT, "%.1f s", Duration.between(start, end).toMillis() / 1000.0),
				period == null ? "?" : period, parameters.getLocalDateTime(JobRequest.AS_OF), supervisor == null ? "every supervisor" : "supervisor " + supervisor,
				written, failure);
	}

}
