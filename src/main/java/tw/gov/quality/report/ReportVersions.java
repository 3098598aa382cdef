package tw.gov.quality.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Versioned output folders: a rerun never overwrites, it writes v2, v3 … beside v1. */
final class ReportVersions {

	private static final Pattern VERSION = Pattern.compile("v(\\d+)");

	private ReportVersions() {
	}

	/** Creates and returns the next free {@code v<N>} folder under {@code base}. */
	static Path next(Path base) throws IOException {
		Files.createDirectories(base);
		int version = latest(base) + 1;
		while (true) {
			try {
				return Files.createDirectory(base.resolve("v" + version));
			}
			catch (FileAlreadyExistsException ex) {
				// Another node took this number between our look and our create.
				version++;
			}
		}
	}

	static int latest(Path base) throws IOException {
		if (!Files.isDirectory(base)) {
			return 0;
		}
		try (Stream<Path> children = Files.list(base)) {
			return children.map(child -> VERSION.matcher(child.getFileName().toString()))
				.filter(Matcher::matches)
				.mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
				.max()
				.orElse(0);
		}
	}

}
