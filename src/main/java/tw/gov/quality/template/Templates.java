package tw.gov.quality.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.batch.JobOutcome;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.PlanLoader;

/** An office's progress sheet for a quarter, written by {@code templateJob} the first time it is asked for. */
@Component
public class Templates {

	private final Folders folders;

	private final JobStarter starter;

	private final PlanLoader planLoader;

	Templates(Folders folders, JobStarter starter, PlanLoader planLoader) {
		this.folders = folders;
		this.starter = starter;
		this.planLoader = planLoader;
	}

	public Path path(ReportingPeriod period, String officeCode) {
		return TemplateJobConfiguration.templatePath(folders, period, officeCode);
	}

	/**
	 * What one run of {@code templateJob} wrote: how many templates, in which folder, which offices had no plan
	 * for the year (so no template), and what reading the plan workbooks before it found wrong.
	 */
	public record Written(JobOutcome outcome, long written, Path folder, List<String> officesWithoutPlan,
			List<String> planProblems) {
	}

	/** Writes the quarter's template of every reporting office, or of {@code officeCode} alone when given. */
	public Written write(ReportingPeriod period, String officeCode) throws Exception {
		JobOutcome outcome = starter
			.run(JobRequest.of(QualityJob.TEMPLATE).forPeriod(period).with(JobRequest.OFFICE, officeCode));
		String withoutPlan = outcome.step(TemplateJobConfiguration.STEP)
			.map(step -> step.getExecutionContext().getString(TemplateJobConfiguration.OFFICES_WITHOUT_PLAN, ""))
			.orElse("");
		return new Written(outcome, outcome.written(), TemplateJobConfiguration.templateFolder(folders, period),
				withoutPlan.isEmpty() ? List.of() : List.of(withoutPlan.split(",")), planLoader.lastReport().problems());
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
		JobOutcome outcome = write(period, officeCode).outcome();
		if (!outcome.completed() || !Files.isRegularFile(path)) {
			throw new IllegalStateException("無法產生 " + officeCode + " " + period.label() + " 的進度回報範本（批次執行 #"
					+ outcome.executionId() + "，狀態 " + outcome.status() + "）");
		}
		return path;
	}

}
