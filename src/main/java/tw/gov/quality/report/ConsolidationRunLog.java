package tw.gov.quality.report;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import tw.gov.quality.batch.JobOutcome;
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
		String failure = JobOutcome.logFailure(job);
		int conversionsFailed = sum(job, ConsolidationJobConfiguration.CONVERSIONS_FAILED);
		if (conversionsFailed > 0) {
			failure = failure + "; " + conversionsFailed
					+ " conversion(s) to .ods/PDF failed (the .xlsx are published; tried again on the next run, "
					+ "except a timeout: not until the workbook changes or retry-conversions)";
		}
		int held = sum(job, ConsolidationJobConfiguration.CONVERSIONS_HELD);
		if (held > 0) {
			failure = failure + "; " + held + " 個轉檔曾逾時且檔案未變更，本次未重試（管理者可執行 retry-conversions）";
		}
		log.info("Consolidation run #{} {} in {}: {} as of {}, {}, {} report folder(s) written{}", job.getId(),
				job.getStatus(), JobOutcome.took(job), period == null ? "?" : period,
				parameters.getLocalDateTime(JobRequest.AS_OF), supervisor == null ? "every supervisor" : "supervisor " + supervisor,
				written, failure);
	}

	private static int sum(JobExecution job, String key) {
		return job.getStepExecutions().stream().mapToInt(step -> step.getExecutionContext().getInt(key, 0)).sum();
	}

}
