package tw.gov.quality.cli;

import tw.gov.quality.calendar.ReportingPeriod;

/** Reads --year (ROC 107 or AD 2018) and --quarter (1 to 4, 第2季, Q2) the same way for every command. */
final class PeriodOptions {

	private PeriodOptions() {
	}

	static ReportingPeriod period(CommandLine commandLine) {
		String year = commandLine.option("year").orElseThrow(() -> new CommandException("請指定年度，例如 --year=107", CommandRunner.USAGE));
		String quarter = commandLine.option("quarter")
			.orElseThrow(() -> new CommandException("請指定季別，例如 --quarter=2", CommandRunner.USAGE));
		try {
			return new ReportingPeriod(ReportingPeriod.readYear(year), ReportingPeriod.readQuarter(quarter));
		}
		catch (IllegalArgumentException ex) {
			throw new CommandException(ex.getMessage(), CommandRunner.USAGE);
		}
	}

}
