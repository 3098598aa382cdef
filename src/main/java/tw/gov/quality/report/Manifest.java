package tw.gov.quality.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
		List<String> files = new ArrayList<>();
		try (Stream<Path> paths = Files.list(folder)) {
			for (Path file : paths.filter(path -> !path.getFileName().toString().startsWith(".")).sorted().toList()) {
				files.add("    {\"name\": " + quote(file.getFileName().toString()) + ", \"bytes\": " + Files.size(file)
						+ ", \"sha256\": \"" + Checksums.sha256(file) + "\"}");
			}
		}
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
