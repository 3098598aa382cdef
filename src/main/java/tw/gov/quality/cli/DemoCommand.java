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
import tw.gov.quality.demo.DemoReviewLoop;
import tw.gov.quality.demo.DemoSubmissions;
import tw.gov.quality.ingest.Ingestion;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.PublishedReports;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.review.TrackedItems;
import tw.gov.quality.template.Templates;

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

	private final Templates templates;

	private final TrackedItems tracked;

	private final PublishedReports reports;

	private final Ingestion ingestion;

	DemoCommand(QuarterlyRun quarterlyRun, Folders folders, PlanRegistry plans, OfficeRegistry offices,
			OfficeDeadlines deadlines, Templates templates, TrackedItems tracked, PublishedReports reports,
			Ingestion ingestion) {
		this.ingestion = ingestion;
		this.templates = templates;
		this.tracked = tracked;
		this.reports = reports;
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
		reviewLoop(out);
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

	/**
	 * The supervisor's review loop over two quarters for 新北分署: its Q2 review form returned (opinions tracked, a
	 * score below the pass line), its Q3 template carrying the open items, its Q3 replies, the Q3 review closing
	 * all but one.
	 */
	private void reviewLoop(PrintStream out) throws Exception {
		out.println();
		out.println("＝＝ 審查意見追蹤（列管事項）：" + offices.get(DemoReviewLoop.OFFICE).name() + " 107年第2季至第3季 ＝＝");
		Path q2Form = reviewForm(DemoReviewLoop.Q2);
		out.println("一、行政執行署審查人填妥 107年第2季審查意見表（評分 720，未達 750）放回收件匣：");
		out.println("  " + DemoReviewLoop.reviewQ2(q2Form, folders.inbox()));
		quarterlyRun.ingest(out);
		print(out, "第2季審查後列管中");
		Path template = templates.ensure(DemoReviewLoop.Q3, DemoReviewLoop.OFFICE);
		out.println("二、107年第3季範本附「審查意見辦理情形」工作表：" + template);
		// The demo's calendar is simulated: the Q3 sheet, dated October 2018, is received at that date.
		ingestion.forgetScansForSimulatedTime();
		Path sheet = DemoReviewLoop.replyQ3(template, folders.inbox(),
				plans.planFor(DemoReviewLoop.OFFICE, DemoReviewLoop.Q3.rocYear()).orElseThrow(),
				tracked.outstanding(DemoReviewLoop.OFFICE, DemoReviewLoop.Q3));
		out.println("三、分署填報第3季進度與辦理情形（綜合意見一項未填，回執列警告）：" + sheet);
		quarterlyRun.ingest(out);
		out.println();
		out.println("＝＝ " + DemoReviewLoop.Q3.label() + " ＝＝");
		quarterlyRun.afterIngest(DemoReviewLoop.Q3, deadlines.supervisorDeadline(DemoReviewLoop.Q3), out);
		Path q3Form = reviewForm(DemoReviewLoop.Q3);
		out.println("四、第3季審查意見表逐項選擇解除列管或繼續列管後放回收件匣：");
		out.println("  " + DemoReviewLoop.reviewQ3(q3Form, folders.inbox()));
		quarterlyRun.ingest(out);
		print(out, "第3季審查後列管中");
	}

	private Path reviewForm(ReportingPeriod period) {
		int version = reports.versions(period, DemoReviewLoop.SUPERVISOR).get(0).version();
		return reports.reviewForm(period, DemoReviewLoop.SUPERVISOR, version, DemoReviewLoop.OFFICE).orElseThrow();
	}

	private void print(PrintStream out, String label) {
		List<TrackedItem> open = tracked.open(DemoReviewLoop.OFFICE);
		out.printf("  %s %d 項：%n", label, open.size());
		open.forEach(item -> out.println("    " + item.opened().label() + "　" + item.itemLabel() + "　" + item.request()
				+ (item.remark() == null ? "" : "（上級機關最新意見：" + item.remark() + "）")));
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
