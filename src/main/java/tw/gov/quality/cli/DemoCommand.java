package tw.gov.quality.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.demo.DemoSubmissions;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

/**
 * {@code demo}: on a fresh clone, drops realistic sample submissions for every seed plan into the
 * scratch folder {@code demo/} (its own inbox, archive, output and database) and runs the whole
 * quarterly cycle for each quarter they report on, as of the day supervisors forward their reports.
 */
@Component
class DemoCommand implements CliCommand {

	private final QuarterlyRun quarterlyRun;

	private final Folders folders;

	private final PlanRegistry plans;

	private final OfficeRegistry offices;

	private final OfficeDeadlines deadlines;

	DemoCommand(QuarterlyRun quarterlyRun, Folders folders, PlanRegistry plans, OfficeRegistry offices,
			OfficeDeadlines deadlines) {
		this.quarterlyRun = quarterlyRun;
		this.folders = folders;
		this.plans = plans;
		this.offices = offices;
		this.deadlines = deadlines;
	}

	@Override
	public CommandSpec spec() {
		return CommandCatalog.DEMO;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) throws Exception {
		for (Path folder : List.of(folders.inbox(), folders.archive(), folders.output())) {
			if (!folder.toAbsolutePath().normalize().toString().contains("demo")) {
				throw new CommandException("demo 只能在 demo/ 資料夾內執行，目前設定為 " + folder);
			}
			deleteRecursively(folder);
		}
		List<Path> dropped = DemoSubmissions.write(folders.inbox(), plans::planFor, offices);
		out.printf("已放入 %d 份範例進度回報表到 %s（各機關資料夾）%n%n", dropped.size(), folders.inbox());
		quarterlyRun.ingest(out);
		for (ReportingPeriod period : DemoSubmissions.periods()) {
			out.println();
			out.println("＝＝ " + period.label() + " ＝＝");
			quarterlyRun.afterIngest(period, deadlines.supervisorDeadline(period), out);
		}
		out.println();
		out.println("範例跑完了。請打開：");
		out.println("  執行成果報告與審查意見表：" + folders.output().resolve("reports").toAbsolutePath());
		out.println("  各機關回執：" + folders.output().resolve("receipts").toAbsolutePath());
		out.println("  催繳清單：" + folders.output().resolve("reminders").toAbsolutePath());
		out.println("  原始檔封存：" + folders.archive().toAbsolutePath());
		if (!commandLine.servesAfterwards()) {
			out.println("在網頁主控台瀏覽看板、各機關頁面與下載：" + CommandCatalog.DEMO.example());
		}
		return 0;
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
