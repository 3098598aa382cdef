package tw.gov.quality.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.ingest.IngestResult;
import tw.gov.quality.ingest.Ingestion;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.reminder.Reminders;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.report.DeadlineChecks;
import tw.gov.quality.report.SubmissionState;

/** The whole quarterly cycle, in order: ingest, check deadlines, consolidate, remind. */
@Component
class QuarterlyRun {

	private final Ingestion ingestion;

	private final DeadlineChecks checks;

	private final Consolidation consolidation;

	private final Reminders reminders;

	private final Submissions submissions;

	QuarterlyRun(Ingestion ingestion, DeadlineChecks checks, Consolidation consolidation, Reminders reminders,
			Submissions submissions) {
		this.ingestion = ingestion;
		this.checks = checks;
		this.consolidation = consolidation;
		this.reminders = reminders;
		this.submissions = submissions;
	}

	IngestResult ingest(PrintStream out) throws Exception {
		IngestResult result = withProgress(out, ingestion::ingestNow);
		if (result.skipped()) {
			throw new CommandException(result.failure() + "，請稍後再試");
		}
		out.printf("一、%s%n", result.summary());
		result.lines().forEach(out::println);
		if (!result.completed()) {
			throw new CommandException("收件作業未完成（批次執行 #" + result.jobExecutionId() + "）：" + result.failure()
					+ "；重新執行會從中斷處繼續");
		}
		return result;
	}

	void afterIngest(ReportingPeriod period, LocalDateTime asOf, PrintStream out) throws Exception {
		List<DeadlineChecks.Flag> flags = checks.check(period, asOf);
		out.print("二、");
		CheckDeadlinesCommand.print(period, asOf, flags, out);
		Consolidation.Result consolidated = consolidation.consolidate(period, null, asOf);
		if (!"COMPLETED".equals(consolidated.status().name())) {
			throw new CommandException("彙整失敗（批次執行 #" + consolidated.jobExecutionId() + "）：" + consolidated.failure());
		}
		out.printf("三、執行成果報告與審查意見表 %d 組：%n", consolidated.folders().size());
		consolidated.folders().forEach(folder -> out.println("  " + folder));
		Reminders.Result reminded = reminders.send(period, asOf);
		out.printf("四、催繳提醒：本次 %d 則（先前已送 %d 則，失敗 %d 則）%n", reminded.sent().size(), reminded.alreadySent(),
				reminded.failed().size());
		reminded.workbooks().forEach(workbook -> out.println("  " + workbook));
		long late = flags.stream().filter(flag -> flag.state() == SubmissionState.LATE).count();
		long missing = flags.stream().filter(flag -> !flag.state().submitted()).count();
		out.printf("%s 完成（截至 %s）：準時 %d、逾期 %d、未繳或退件 %d 個機關%n", period.label(), RocDates.dateTime(asOf),
				flags.size() - late - missing, late, missing);
	}

	/** On a terminal, shows files done of files received while ingestion runs. */
	private <T> T withProgress(PrintStream out, Step<T> step) throws Exception {
		if (System.console() == null) {
			return step.run();
		}
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "progress");
			thread.setDaemon(true);
			return thread;
		});
		long[] totals = new long[1];
		ticker.scheduleAtFixedRate(() -> {
			long pending = submissions.pending();
			totals[0] = Math.max(totals[0], pending);
			if (totals[0] > 0) {
				out.printf("\r收件處理中 %d / %d", totals[0] - pending, totals[0]);
			}
		}, 1, 1, TimeUnit.SECONDS);
		try {
			return step.run();
		}
		finally {
			ticker.shutdownNow();
			if (totals[0] > 0) {
				out.println();
			}
		}
	}

	private interface Step<T> {

		T run() throws Exception;

	}

}
