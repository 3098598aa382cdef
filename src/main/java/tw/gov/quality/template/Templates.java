package tw.gov.quality.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;

/** An office's progress sheet for a quarter, written by {@code templateJob} the first time it is asked for. */
@Component
public class Templates {

	private final Folders folders;

	private final JobOperator jobOperator;

	private final Job templateJob;

	Templates(Folders folders, JobOperator jobOperator, @Qualifier("templateJob") Job templateJob) {
		this.folders = folders;
		this.jobOperator = jobOperator;
		this.templateJob = templateJob;
	}

	public Path path(ReportingPeriod period, String officeCode) {
		return TemplateJobConfiguration.templatePath(folders, period, officeCode);
	}

	/**
	 * The template's path, after writing it if it is not there yet (the office must have a plan for the year).
	 *
	 * @throws IllegalStateException (message in Chinese) when it could not be written
	 */
	public synchronized Path ensure(ReportingPeriod period, String officeCode) throws Exception {
		Path path = path(period, officeCode);
		if (Files.isRegularFile(path)) {
			return path;
		}
		JobExecution execution = jobOperator.start(templateJob,
				new JobParametersBuilder().addLong("year", (long) period.rocYear())
					.addLong("quarter", (long) period.quarter())
					.addString("office", officeCode)
					.addLocalDateTime("requestedAt", LocalDateTime.now())
					.toJobParameters());
		if (execution.getStatus() != BatchStatus.COMPLETED || !Files.isRegularFile(path)) {
			throw new IllegalStateException("無法產生 " + officeCode + " " + period.label() + " 的進度回報範本（批次執行 #"
					+ execution.getId() + "，狀態 " + execution.getStatus() + "）");
		}
		return path;
	}

}
