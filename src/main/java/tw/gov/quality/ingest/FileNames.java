package tw.gov.quality.ingest;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/** Names derived from what an office called its file, safe to use as a path anywhere. */
final class FileNames {

	private static final int MAX_LENGTH = 100;

	private static final int MAX_BYTES = 150;

	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N} ._()\\[\\]（）-]");

	private static final Pattern LEADING_DOTS = Pattern.compile("^[. ]+");

	private FileNames() {
	}

	/** Letters (any script), digits, space, dot, dash, underscore and brackets survive; nothing can climb out. */
	static String safe(String originalName) {
		String folded = Normalizer.normalize(originalName, Normalizer.Form.NFC);
		String name = LEADING_DOTS.matcher(UNSAFE.matcher(folded).replaceAll("_")).replaceAll("").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		if (!fits(name)) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 6) ? name.substring(dot) : "";
			String stem = name.substring(0, name.length() - extension.length());
			while (!fits(stem + extension)) {
				// whole code points, so that a character outside the BMP is never cut in half
				stem = stem.substring(0, stem.offsetByCodePoints(stem.length(), -1));
			}
			name = stem.strip() + extension;
		}
		return name;
	}

	/**
	 * File systems limit a name to 255 bytes (ext4) or 255 UTF-16 units (NTFS), and the archive and
	 * receipt names add some 50 bytes around this one; a Chinese character is 3 bytes in UTF-8.
	 */
	private static boolean fits(String name) {
		return name.length() <= MAX_LENGTH && name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

	/**
	 * A name as a log line or a console may show it: control characters, line and paragraph separators and
	 * bidirectional overrides are written as {@code \\uXXXX}, so a name can neither forge a line nor reorder one.
	 */
	static String printable(String name) {
		if (name == null) {
			return null;
		}
		StringBuilder shown = new StringBuilder(name.length());
		name.codePoints().forEach(c -> {
			int type = Character.getType(c);
			if (Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
					|| type == Character.FORMAT && c != 0x200D) {
				shown.append(String.format("\\u%04x", c));
			}
			else {
				shown.appendCodePoint(c);
			}
		});
		return shown.toString();
	}

	static String withoutExtension(String name) {
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}
