package tw.gov.quality.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** --as-of=2018-07-11T09:00 (Asia/Taipei): the moment a run is computed for; default now. */
final class AsOfOption {

	private AsOfOption() {
	}

	static LocalDateTime asOf(CommandLine commandLine, Clock clock) {
		return commandLine.option("as-of").map(AsOfOption::parse).orElseGet(() -> LocalDateTime.now(clock));
	}

	static LocalDateTime parse(String text) {
		return read(text).orElseThrow(() -> new CommandException(
				"--as-of「" + text + "」無法辨識：請寫成 2018-07-11T09:00 或 2018-07-11", CommandRunner.USAGE));
	}

	/** Whether {@link #parse} reads {@code text}. */
	static boolean readable(String text) {
		return read(text).isPresent();
	}

	private static Optional<LocalDateTime> read(String text) {
		try {
			return Optional.of(text.length() <= 10 ? LocalDate.parse(text).atTime(23, 59, 59) : LocalDateTime.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
