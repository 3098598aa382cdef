package tw.gov.quality.report;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import tw.gov.quality.batch.JobOutcome;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;

/** Runs {@code consolidateJob} for a quarter (command line, scheduler, console). */
@Component
public class Consolidation {

	private final JobStarter starter;

	Consolidation(JobStarter starter) {
		this.starter = starter;
	}

	/**
	 * @param supervisor one supervising office, or {@code null} for all of them
	 * @param folders the version folders written
	 */
	public record Result(long jobExecutionId, BatchStatus status, List<String> folders, String failure) {

		public boolean completed() {
			return status == BatchStatus.COMPLETED;
		}

	}

	public Result consolidate(ReportingPeriod period, String supervisor, LocalDateTime asOf) throws Exception {
		JobOutcome outcome = starter.run(JobRequest.of(QualityJob.CONSOLIDATE)
			.forPeriod(period)
			.asOf(asOf)
			.with(JobRequest.SUPERVISOR, supervisor));
		List<String> folders = outcome.execution()
			.getStepExecutions()
			.stream()
			.map(StepExecution::getExecutionContext)
			.map(context -> context.getString(ConsolidationJobConfiguration.OUTPUT_FOLDERS, ""))
			.filter(text -> !text.isEmpty())
			.flatMap(text -> List.of(text.split("\n")).stream())
			.toList();
		return new Result(outcome.executionId(), outcome.status(), folders, outcome.failure());
	}

}
