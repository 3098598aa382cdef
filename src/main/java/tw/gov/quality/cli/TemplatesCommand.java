package tw.gov.quality.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.batch.JobOutcome;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanLoader;

/** {@code templates --year=107 --quarter=2 [--office=CODE]}: the quarter's progress sheets for every office. */
@Component
class TemplatesCommand implements CliCommand {

	private final JobStarter starter;

	private final OfficeRegistry offices;

	private final PlanLoader planLoader;

	private final Folders folders;

	private final BatchProgress batchProgress;

	TemplatesCommand(JobStarter starter, OfficeRegistry offices, PlanLoader planLoader, Folders folders,
			BatchProgress batchProgress) {
		this.batchProgress = batchProgress;
		this.starter = starter;
		this.offices = offices;
		this.planLoader = planLoader;
		this.folders = folders;
	}

	@Override
	public CommandSpec spec() {
		return CommandCatalog.TEMPLATES;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) throws Exception {
		ReportingPeriod period = PeriodOptions.period(commandLine);
		String office = commandLine.option("office").orElse(null);
		if (office != null && offices.find(office).isEmpty()) {
			throw new CommandException("查無機關代碼 " + office, CommandRunner.USAGE);
		}
		long total = office != null ? 1 : offices.reportingOffices().size();
		JobOutcome outcome = Progress.on(out)
			.run("範本", "個機關", batchProgress.meter(QualityJob.TEMPLATE, total), () -> starter
				.run(JobRequest.of(QualityJob.TEMPLATE).forPeriod(period).with(JobRequest.OFFICE, office)));
		JobExecution execution = outcome.execution();
		planLoader.lastReport().problems().forEach(problem -> out.println("注意：" + problem));
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			throw new CommandException("範本產生失敗（批次執行 #" + execution.getId() + "，狀態 " + execution.getStatus() + "）："
					+ JobFailures.summary(execution));
		}
		StepExecution step = execution.getStepExecutions().iterator().next();
		out.printf("已產生 %s 進度回報範本 %d 份，存放於 %s%n", period.label(), step.getWriteCount(),
				folders.output().resolve("templates").resolve(String.valueOf(period.rocYear())).resolve("Q" + period.quarter()));
		String withoutPlan = step.getExecutionContext().getString("officesWithoutPlan", "");
		if (!withoutPlan.isEmpty()) {
			List<String> names = List.of(withoutPlan.split(","))
				.stream()
				.map(code -> code + " " + offices.get(code).name())
				.toList();
			out.printf("下列 %d 個機關沒有 %d 年度的計畫（本身或上級機關皆無），未產生範本：%n  %s%n", names.size(),
					period.rocYear(), String.join("\n  ", names));
		}
		if (step.getWriteCount() == 0) {
			throw new CommandException("沒有任何機關有 " + period.rocYear() + " 年度的計畫，未產生範本。請確認 "
					+ folders.plans() + " 內的計畫檔。");
		}
		return 0;
	}

}
