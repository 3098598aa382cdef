package tw.gov.quality.cli;

import java.io.PrintStream;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.ingest.IngestResult;
import tw.gov.quality.ingest.Ingestion;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.office.OfficeRegistry;
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

	private final OfficeRegistry offices;

	private final BatchProgress batchProgress;

	QuarterlyRun(Ingestion ingestion, DeadlineChecks checks, Consolidation consolidation, Reminders reminders,
			Submissions submissions, OfficeRegistry offices, BatchProgress batchProgress) {
		this.ingestion = ingestion;
		this.checks = checks;
		this.consolidation = consolidation;
		this.reminders = reminders;
		this.submissions = submissions;
		this.offices = offices;
		this.batchProgress = batchProgress;
	}

	/** One ingestion run, its progress on a terminal: files done of files received. */
	IngestResult receive(PrintStream out) throws Exception {
		return Progress.on(out).run("收件", "份", new PendingFiles(), ingestion::ingestNow);
	}

	/**
	 * One consolidation, its progress on a terminal: supervisors done of (at most) every supervisor.
	 *
	 * @throws CommandException when it did not complete
	 */
	Consolidation.Result consolidate(ReportingPeriod period, String supervisor, LocalDateTime asOf, PrintStream out)
			throws Exception {
		long total = supervisor != null ? 1
				: offices.all().stream().filter(office -> offices.isSupervisor(office.code())).count();
		Consolidation.Result result = Progress.on(out)
			.run("彙整", "個上級機關", batchProgress.meter(QualityJob.CONSOLIDATE, total),
					() -> consolidation.consolidate(period, supervisor, asOf));
		if (!result.completed()) {
			throw new CommandException("彙整失敗（批次執行 #" + result.jobExecutionId() + "）：" + result.failure());
		}
		return result;
	}

	/** Reminders, on a terminal the time they take (they are not counted while they go out). */
	Reminders.Result remind(ReportingPeriod period, LocalDateTime asOf, PrintStream out) throws Exception {
		return Progress.on(out).run("催繳提醒", "則", UNCOUNTED, () -> reminders.send(period, asOf));
	}

	IngestResult ingest(PrintStream out) throws Exception {
		IngestResult result = receive(out);
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
		Consolidation.Result consolidated = consolidate(period, null, asOf, out);
		out.printf("三、執行成果報告與審查意見表 %d 組：%n", consolidated.folders().size());
		consolidated.folders().forEach(folder -> out.println("  " + folder));
		Reminders.Result reminded = remind(period, asOf, out);
		out.printf("四、催繳提醒：本次 %d 則（先前已送 %d 則，失敗 %d 則）%n", reminded.sent().size(), reminded.alreadySent(),
				reminded.failed().size());
		reminded.workbooks().forEach(workbook -> out.println("  " + workbook));
		long late = flags.stream().filter(flag -> flag.state() == SubmissionState.LATE).count();
		long missing = flags.stream().filter(flag -> !flag.state().submitted()).count();
		out.printf("%s 完成（截至 %s）：準時 %d、逾期 %d、未繳或退件 %d 個機關%n", period.label(), RocDates.dateTime(asOf),
				flags.size() - late - missing, late, missing);
	}

	private static final Progress.Meter UNCOUNTED = new Progress.Meter() {

		@Override
		public long done() {
			return 0;
		}

		@Override
		public long total() {
			return 0;
		}

	};

	/** Files received but not yet answered: the total is the most ever pending during the run. */
	private final class PendingFiles implements Progress.Meter {

		private long total;

		private long done;

		@Override
		public long done() {
			long pending = submissions.pending();
			total = Math.max(total, pending);
			done = total - pending;
			return done;
		}

		@Override
		public long total() {
			return total;
		}

	}

}
