package tw.gov.quality.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.Consolidation;

/** {@code consolidate --year --quarter [--supervisor] [--as-of]}: the supervisors' quarterly reports. */
@Component
class ConsolidateCommand implements CliCommand {

	private final QuarterlyRun quarterlyRun;

	private final OfficeRegistry offices;

	private final Clock clock;

	ConsolidateCommand(QuarterlyRun quarterlyRun, OfficeRegistry offices, Clock clock) {
		this.quarterlyRun = quarterlyRun;
		this.offices = offices;
		this.clock = clock;
	}

	@Override
	public CommandSpec spec() {
		return CommandCatalog.CONSOLIDATE;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) throws Exception {
		ReportingPeriod period = PeriodOptions.period(commandLine);
		String supervisor = OfficeOptions.supervisor(commandLine, offices).map(Office::code).orElse(null);
		LocalDateTime asOf = AsOfOption.asOf(commandLine, clock);
		Consolidation.Result result = quarterlyRun.consolidate(period, supervisor, asOf, out);
		out.printf("已彙整 %s（截至 %s）執行成果報告 %d 份：%n", period.label(), RocDates.dateTime(asOf), result.folders().size());
		result.folders().forEach(folder -> out.println("  " + folder));
		return 0;
	}

}
