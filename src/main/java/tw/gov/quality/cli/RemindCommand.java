package tw.gov.quality.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.reminder.Delivery;
import tw.gov.quality.reminder.Reminder;
import tw.gov.quality.reminder.Reminders;

/**
 * {@code remind --year --quarter [--as-of]}: the reminders due for the quarter, each sent once; a
 * rerun sends only what became due since.
 */
@Component
class RemindCommand implements CliCommand {

	private final QuarterlyRun quarterlyRun;

	private final Clock clock;

	RemindCommand(QuarterlyRun quarterlyRun, Clock clock) {
		this.quarterlyRun = quarterlyRun;
		this.clock = clock;
	}

	@Override
	public CommandSpec spec() {
		return CommandCatalog.REMIND;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) throws Exception {
		ReportingPeriod period = PeriodOptions.period(commandLine);
		LocalDateTime asOf = AsOfOption.asOf(commandLine, clock);
		Reminders.Result result = quarterlyRun.remind(period, asOf, out);
		print(result, out);
		if (!result.failed().isEmpty()) {
			throw new CommandException("有 " + result.failed().size() + " 件提醒的電子郵件寄送失敗（原因見上方及 logs/quality-progress.log）；"
					+ "請確認 spring.mail 設定後重新執行 remind，失敗的提醒會重新寄送");
		}
		return 0;
	}

	static void print(Reminders.Result result, PrintStream out) {
		long mailed = result.sent().stream().filter(outcome -> outcome.delivery() == Delivery.MAIL).count();
		out.printf("%s 催繳提醒（截至 %s）：本次通知 %d 件（電子郵件 %d 件、僅列於清單 %d 件）、寄送失敗 %d 件、先前已通知而略過 %d 件%n",
				result.period().label(), RocDates.dateTime(result.asOf()), result.sent().size(), mailed,
				result.sent().size() - mailed, result.failed().size(), result.alreadySent());
		for (Reminders.Outcome outcome : result.outcomes()) {
			Reminder reminder = outcome.reminder();
			String about = reminder.offices().size() == 1
					&& reminder.offices().get(0).office().code().equals(reminder.recipient().code())
							? reminder.offices().get(0).state().label()
							: "列出 " + reminder.offices().size() + " 個機關";
			out.printf("  %s　%s %s　%s　%s%s%n", reminder.stage().label(), reminder.recipient().code(),
					reminder.recipient().name(), about, outcome.delivery().label(),
					outcome.delivery() == Delivery.MAIL ? "（" + reminder.email() + "）"
							: outcome.failure() == null ? "" : "：" + outcome.failure());
		}
		if (result.outcomes().isEmpty()) {
			out.println("  目前沒有需要通知的機關。");
		}
		for (Path workbook : result.workbooks()) {
			out.println("催繳清單：" + workbook);
		}
	}

}
