package tw.gov.quality.cli;

import java.util.Optional;

import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;

/**
 * Reads --office and --supervisor against the office registry, the same way for every command (the check
 * before start may have been skipped when the office tree comes from elsewhere; see {@link Launcher}).
 */
final class OfficeOptions {

	private OfficeOptions() {
	}

	/** The office named by --office, if given. */
	static Optional<Office> office(CommandLine commandLine, OfficeRegistry offices) {
		return commandLine.option("office").map(code -> known(code, offices));
	}

	/** The supervising office named by --supervisor, if given: one with offices under it. */
	static Optional<Office> supervisor(CommandLine commandLine, OfficeRegistry offices) {
		return commandLine.option("supervisor").map(code -> {
			Office office = known(code, offices);
			if (!offices.isSupervisor(code)) {
				throw new CommandException(code + " 沒有所屬機關，不需彙整", CommandRunner.USAGE);
			}
			return office;
		});
	}

	private static Office known(String code, OfficeRegistry offices) {
		return offices.find(code).orElseThrow(() -> new CommandException("查無機關代碼 " + code, CommandRunner.USAGE));
	}

}
