package tw.gov.quality.template;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.batch.JobOutcome;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;

/** An office's progress sheet for a quarter, written by {@code templateJob} the first time it is asked for. */
@Component
public class Templates {

	private final Folders folders;

	private final JobStarter starter;

	Templates(Folders folders, JobStarter starter) {
		this.folders = folders;
		this.starter = starter;
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
		JobOutcome outcome = starter
			.run(JobRequest.of(QualityJob.TEMPLATE).forPeriod(period).with(JobRequest.OFFICE, officeCode));
		if (!outcome.completed() || !Files.isRegularFile(path)) {
			throw new IllegalStateException("無法產生 " + officeCode + " " + period.label() + " 的進度回報範本（批次執行 #"
					+ outcome.executionId() + "，狀態 " + outcome.status() + "）");
		}
		return path;
	}

}
