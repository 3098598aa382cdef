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
	public CommandSpec spec() {
		return CommandCatalog.RUN;
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
