package tw.gov.quality.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;

/** {@code run --year --quarter [--as-of]}: ingest, check deadlines, consolidate, remind, then exit. */
@Component
class RunCommand implements CliCommand {

	private final QuarterlyRun quarterlyRun;

	private final Clock clock;

	RunCommand(QuarterlyRun quarterlyRun, Clock clock) {
		this.quarterlyRun = quarterlyRun;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String usage() {
		return "run --year=107 --quarter=2 [--as-of=2018-07-11T09:00]   一次完成收件、期限檢查、彙整與催繳";
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) throws Exception {
		ReportingPeriod period = PeriodOptions.period(commandLine);
		LocalDateTime asOf = AsOfOption.asOf(commandLine, clock);
		quarterlyRun.ingest(out);
		quarterlyRun.afterIngest(period, asOf, out);
		return 0;
	}

}
