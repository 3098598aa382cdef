package tw.gov.quality.report;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;

/** Runs {@code consolidateJob} for a quarter (command line, scheduler, console). */
@Component
public class Consolidation {

	private final JobOperator jobOperator;

	private final Job consolidateJob;

	Consolidation(JobOperator jobOperator, @Qualifier("consolidateJob") Job consolidateJob) {
		this.jobOperator = jobOperator;
		this.consolidateJob = consolidateJob;
	}

	/**
	 * @param supervisor one supervising office, or {@code null} for all of them
	 * @param folders the version folders written
	 */
	public record Result(long jobExecutionId, BatchStatus status, List<String> folders, String failure) {
	}

	public Result consolidate(ReportingPeriod period, String supervisor, LocalDateTime asOf) throws Exception {
		JobParametersBuilder parameters = new JobParametersBuilder().addLong("year", (long) period.rocYear())
			.addLong("quarter", (long) period.quarter())
			.addLocalDateTime("asOf", asOf)
			.addLocalDateTime("runAt", LocalDateTime.now());
		if (supervisor != null) {
			parameters.addString("supervisor", supervisor);
		}
		JobExecution execution = jobOperator.start(consolidateJob, parameters.toJobParameters());
		List<String> folders = execution.getStepExecutions()
			.stream()
			.map(StepExecution::getExecutionContext)
			.map(context -> context.getString(ConsolidationJobConfiguration.OUTPUT_FOLDERS, ""))
			.filter(text -> !text.isEmpty())
			.flatMap(text -> List.of(text.split("\n")).stream())
			.toList();
		String failure = execution.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(NestedExceptionUtils::getMostSpecificCause)
			.map(Throwable::getMessage)
			.orElse(null);
		return new Result(execution.getId(), execution.getStatus(), folders, failure);
	}

}
