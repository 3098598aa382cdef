package tw.gov.quality.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.report.DeadlineChecks;
import tw.gov.quality.report.SubmissionState;

/** {@code check-deadlines --year --quarter [--as-of]}: each office's state for the quarter, stored. */
@Component
class CheckDeadlinesCommand implements CliCommand {

	private final DeadlineChecks checks;

	private final Clock clock;

	CheckDeadlinesCommand(DeadlineChecks checks, Clock clock) {
		this.checks = checks;
		this.clock = clock;
	}

	@Override
	public CommandSpec spec() {
		return CommandCatalog.CHECK_DEADLINES;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) {
		ReportingPeriod period = PeriodOptions.period(commandLine);
		LocalDateTime asOf = AsOfOption.asOf(commandLine, clock);
		List<DeadlineChecks.Flag> flags = checks.check(period, asOf);
		print(period, asOf, flags, out);
		return 0;
	}

	static void print(ReportingPeriod period, LocalDateTime asOf, List<DeadlineChecks.Flag> flags, PrintStream out) {
		Map<SubmissionState, Long> counts = new TreeMap<>();
		flags.forEach(flag -> counts.merge(flag.state(), 1L, Long::sum));
		StringBuilder summary = new StringBuilder();
		for (SubmissionState state : SubmissionState.values()) {
			summary.append(state.label()).append(' ').append(counts.getOrDefault(state, 0L)).append("　");
		}
		out.printf("%s 繳交情形（截至 %s）：%s%n", period.label(), RocDates.dateTime(asOf), summary.toString().strip());
		for (DeadlineChecks.Flag flag : flags) {
			String detail = switch (flag.state()) {
				case LATE -> "逾期 " + late(flag.late()) + "（收件 " + RocDates.dateTime(flag.receivedAt()) + "）";
				case ON_TIME -> "收件 " + RocDates.dateTime(flag.receivedAt());
				default -> "期限 " + RocDates.dateTime(flag.deadline());
			};
			out.printf("  %-5s %s %s　%s%n", flag.state().label(), flag.office().code(), flag.office().name(), detail);
		}
	}

	static String late(Duration late) {
		return late.toDays() + " 天 " + late.toHoursPart() + " 小時";
	}

}
