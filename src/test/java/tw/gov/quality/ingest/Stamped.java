package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies of one generated workbook for other offices: every XML part with the prototype office's
 * code and name replaced. The benchmark's thousands of offices have the same plan but for the code,
 * so their plans and filled-in sheets differ only there; POI writes a copy in milliseconds this way,
 * instead of building each workbook again.
 */
final class Stamped {

	private Stamped() {
	}

	static void copy(Path prototype, Path target, Map<String, String> replacements) throws IOException {
		Files.createDirectories(target.toAbsolutePath().getParent());
		// ZipFile, not ZipInputStream: the central directory has the sizes POI's local headers leave out
		try (ZipFile in = new ZipFile(prototype.toFile());
				OutputStream out = Files.newOutputStream(target);
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				byte[] bytes;
				try (InputStream part = in.getInputStream(entry)) {
					bytes = part.readAllBytes();
				}
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
					String text = new String(bytes, StandardCharsets.UTF_8);
					for (Map.Entry<String, String> replacement : replacements.entrySet()) {
						text = text.replace(replacement.getKey(), replacement.getValue());
					}
					bytes = text.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(bytes);
				zip.closeEntry();
			}
		}
	}

}
