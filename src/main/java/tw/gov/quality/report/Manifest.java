package tw.gov.quality.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import tw.gov.quality.Checksums;
import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * manifest.json beside a report version: which files, their SHA-256, which inputs were used, when.
 * Its presence marks the version complete ({@link ReportVersions}).
 * Written by hand: a handful of flat fields needs no JSON library on the classpath.
 */
final class Manifest {

	private Manifest() {
	}

	static void write(Path folder, SupervisorReport report, LocalDateTime generatedAt, long jobExecutionId,
			List<String> inputs) throws IOException {
		List<String> files = files(folder);
		List<String> inputLines = inputs.stream().map(line -> "    " + quote(line)).toList();
		String json = "{\n" + "  \"supervisor\": " + quote(report.supervisor().code()) + ",\n" + "  \"year\": "
				+ report.period().rocYear() + ",\n" + "  \"quarter\": " + report.period().quarter() + ",\n"
				+ "  \"asOf\": " + quote(report.generatedAt().toString()) + ",\n" + "  \"generatedAt\": "
				+ quote(generatedAt.toString()) + ",\n" + "  \"jobExecutionId\": " + jobExecutionId + ",\n"
				+ "  \"files\": [\n" + String.join(",\n", files) + "\n  ],\n"
				+ "  \"inputs\": [\n" + String.join(",\n", inputLines) + "\n  ]\n}\n";
		// Written last and forced to disk: a version folder with its manifest is complete.
		WorkbookFiles.writeText(folder.resolve(ReportVersions.MANIFEST), json);
	}

	/**
	 * Lists the folder's files again in a published manifest (after formats were added to the version),
	 * keeping every other field as written; replaced in one rename like any output.
	 */
	static void relist(Path folder) throws IOException {
		Path manifest = folder.resolve(ReportVersions.MANIFEST);
		String json = Files.readString(manifest);
		int start = json.indexOf(FILES_START);
		int end = json.indexOf(FILES_END, start);
		if (start < 0 || end < 0) {
			throw new IOException("Unexpected manifest layout in " + manifest);
		}
		String relisted = json.substring(0, start + FILES_START.length()) + String.join(",\n", files(folder))
				+ json.substring(end);
		WorkbookFiles.writeText(manifest, relisted);
	}

	private static final String FILES_START = "  \"files\": [\n";

	private static final String FILES_END = "\n  ],\n  \"inputs\"";

	/**
	 * Every file of the folder but hidden ones and the manifest itself, with its size and SHA-256; hashed on
	 * every core (a version holds a file per office).
	 */
	private static List<String> files(Path folder) throws IOException {
		List<Path> listed;
		try (Stream<Path> paths = Files.list(folder)) {
			listed = paths.filter(path -> !path.getFileName().toString().startsWith("."))
				.filter(path -> !path.getFileName().toString().equals(ReportVersions.MANIFEST))
				.sorted()
				.toList();
		}
		try {
			return listed.parallelStream().map(Manifest::line).toList();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static String line(Path file) {
		try {
			return "    {\"name\": " + quote(file.getFileName().toString()) + ", \"format\": " + quote(extension(file))
					+ ", \"bytes\": " + Files.size(file) + ", \"sha256\": \"" + Checksums.sha256(file) + "\"}";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String extension(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
	}

	static String quote(String text) {
		StringBuilder quoted = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> quoted.append("\\\"");
				case '\\' -> quoted.append("\\\\");
				case '\n' -> quoted.append("\\n");
				case '\r' -> quoted.append("\\r");
				case '\t' -> quoted.append("\\t");
				default -> {
					if (c < 0x20) {
						quoted.append(String.format("\\u%04x", (int) c));
					}
					else {
						quoted.append(c);
					}
				}
			}
		}
		return quoted.append('"').toString();
	}

}
