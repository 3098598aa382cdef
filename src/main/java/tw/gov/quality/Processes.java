package tw.gov.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Other processes as the service recognises them before it signals one: by their command line. */
public final class Processes {

	private Processes() {
	}

	/** The process's command line, from /proc where there is one, else from the JDK; empty if unreadable. */
	public static List<String> commandLine(ProcessHandle process) {
		Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
		try {
			if (Files.isReadable(proc)) {
				String raw = new String(Files.readAllBytes(proc), StandardCharsets.UTF_8);
				return raw.isEmpty() ? List.of() : Arrays.asList(raw.split("\0"));
			}
		}
		catch (IOException ex) {
			// The process ended meanwhile, or is not ours to read.
			return List.of();
		}
		ProcessHandle.Info info = process.info();
		if (info.command().isEmpty()) {
			return List.of();
		}
		return Stream.concat(Stream.of(info.command().get()), Arrays.stream(info.arguments().orElse(new String[0])))
			.toList();
	}

	/** The program's file name: {@code /usr/lib/libreoffice/program/soffice.bin} as {@code soffice.bin}. */
	public static String programName(List<String> commandLine) {
		if (commandLine.isEmpty()) {
			return "";
		}
		String program = commandLine.get(0);
		int slash = program.lastIndexOf('/');
		return slash < 0 ? program : program.substring(slash + 1);
	}

}
