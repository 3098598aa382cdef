package tw.gov.quality.ingest;

import java.text.Normalizer;

/** Names derived from what an office called its file, safe to use as a path anywhere. */
final class FileNames {

	private static final int MAX_LENGTH = 100;

	private FileNames() {
	}

	/** Letters (any script), digits, space, dot, dash, underscore and brackets survive; nothing can climb out. */
	static String safe(String originalName) {
		String name = Normalizer.normalize(originalName, Normalizer.Form.NFC)
			.replaceAll("[^\\p{L}\\p{N} ._()\\[\\]（）-]", "_")
			.replaceAll("^[. ]+", "")
			.strip();
		if (name.isEmpty()) {
			name = "file";
		}
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 6) ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name;
	}

	static String withoutExtension(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}
