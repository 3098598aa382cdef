package tw.gov.quality.cli;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocYear;

/** Reads --year (ROC 107 or AD 2018) and --quarter (1 to 4, 第2季, Q2) the same way for every command. */
final class PeriodOptions {

	private PeriodOptions() {
	}

	static ReportingPeriod period(CommandLine commandLine) {
		String year = commandLine.option("year").orElseThrow(() -> new CommandException("請指定年度，例如 --year=107", CommandRunner.USAGE));
		String quarter = commandLine.option("quarter")
			.orElseThrow(() -> new CommandException("請指定季別，例如 --quarter=2", CommandRunner.USAGE));
		int rocYear = RocYear.parse(year)
			.orElseThrow(() -> new CommandException("年度「" + year + "」無法辨識：請用民國年（107）或西元年（2018）", CommandRunner.USAGE));
		int q = ReportingPeriod.parseQuarter(quarter)
			.orElseThrow(() -> new CommandException("季別「" + quarter + "」無法辨識：請填 1 到 4", CommandRunner.USAGE));
		return new ReportingPeriod(rocYear, q);
	}

}
