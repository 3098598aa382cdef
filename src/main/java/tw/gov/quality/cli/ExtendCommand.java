package tw.gov.quality.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;

/** {@code extend --office --year --quarter --until --reason --by}: grant one office more time, on record. */
@Component
class ExtendCommand implements CliCommand {

	private final OfficeDeadlines deadlines;

	private final OfficeRegistry offices;

	private final Clock clock;

	ExtendCommand(OfficeDeadlines deadlines, OfficeRegistry offices, Clock clock) {
		this.deadlines = deadlines;
		this.offices = offices;
		this.clock = clock;
	}

	@Override
	public CommandSpec spec() {
		return CommandCatalog.EXTEND;
	}

	@Override
	public int run(CommandLine commandLine, PrintStream out) {
		ReportingPeriod period = PeriodOptions.period(commandLine);
		Office office = OfficeOptions.office(commandLine, offices)
			.orElseThrow(() -> new CommandException("請指定機關代碼，例如 --office=AEA-TPE", CommandRunner.USAGE));
		String reason = required(commandLine, "reason", "請說明延期原因，例如 --reason=系統故障");
		String by = required(commandLine, "by", "請填核准人，例如 --by=王科長");
		LocalDateTime until = AsOfOption.parse(required(commandLine, "until", "請指定延期至何時，例如 --until=2018-07-20"));
		LocalDateTime before = deadlines.deadline(office.code(), period);
		deadlines.grant(new OfficeDeadlines.Extension(office.code(), period, until, reason, by, LocalDateTime.now(clock)));
		out.printf("已准予 %s %s %s延期：繳交期限由 %s 延至 %s（原因：%s；核准人：%s）%n", office.code(), office.name(),
				period.label(), RocDates.dateTime(before), RocDates.dateTime(deadlines.deadline(office.code(), period)),
				reason, by);
		return 0;
	}

	private static String required(CommandLine commandLine, String option, String message) {
		return commandLine.option(option).orElseThrow(() -> new CommandException(message, CommandRunner.USAGE));
	}

}
