package tw.gov.quality.cli;

import java.io.PrintStream;

import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.template.Templates;

/** {@code templates --year=107 --quarter=2 [--office=CODE]}: the quarter's progress sheets for every office. */
@Component
class TemplatesCommand implements CliCommand {

	private final Templates templates;

	private final OfficeRegistry offices;

	private final Folders folders;

	private final BatchProgress batchProgress;

	TemplatesCommand(Templates templates, OfficeRegistry offices, Folders folders, BatchProgress batchProgress) {
		this.templates = templates;
		this.offices = offices;
		this.folders = folders;
		this.batchProgress = batchProgress;
	}

	@Override
	public CommandSpec spec() {
		return CommandCatalog.TEMPLATES;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) throws Exception {
		ReportingPeriod period = PeriodOptions.period(commandLine);
		String office = OfficeOptions.office(commandLine, offices).map(Office::code).orElse(null);
		long total = office != null ? 1 : offices.reportingOffices().size();
		Templates.Written written = Progress.on(out)
			.run("範本", "個機關", batchProgress.meter(QualityJob.TEMPLATE, total), () -> templates.write(period, office));
		written.planProblems().forEach(problem -> out.println("注意：" + problem));
		if (!written.outcome().completed()) {
			throw new CommandException("範本產生失敗（批次執行 #" + written.outcome().executionId() + "，狀態 "
					+ written.outcome().status() + "）：" + JobFailures.summary(written.outcome().execution()));
		}
		out.printf("已產生 %s 進度回報範本 %d 份，存放於 %s%n", period.label(), written.written(), written.folder());
		if (!written.officesWithoutPlan().isEmpty()) {
			out.printf("下列 %d 個機關沒有 %d 年度的計畫（本身或上級機關皆無），未產生範本：%n  %s%n",
					written.officesWithoutPlan().size(), period.rocYear(), String.join("\n  ", written.officesWithoutPlan()
						.stream()
						.map(code -> code + " " + offices.get(code).name())
						.toList()));
		}
		if (written.written() == 0) {
			throw new CommandException("沒有任何機關有 " + period.rocYear() + " 年度的計畫，未產生範本。請確認 "
					+ folders.plans() + " 內的計畫檔。");
		}
		return 0;
	}

}
