package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, before any parsing, what a submitted file is and whether it can be trusted. Only the
 * magic bytes, the container's directory and a few small parts are looked at (plus a CRC pass over
 * an .ods's entries, bounded by the limits; the .xlsx reader checks each entry as it inflates it, and the
 * entries it does not need after, before any of the file's content counts); cells are left to the readers.
 * <p>
 * The extension only decides what is refused up front (macro workbooks, CSV, anything else); the
 * bytes decide the format, so a genuine .xls renamed to .xlsx is read as XLS.
 */
public class SpreadsheetInspector {

	private static final Set<String> ACCEPTED = Set.of("xlsx", "xls", "ods");

	private static final Set<String> MACRO_ENABLED = Set.of("xlsm", "xlsb", "xltm", "xlam");

	private static final byte[] ZIP_LOCAL_HEADER = { 'P', 'K', 3, 4 };

	/** An empty zip starts with its end-of-central-directory record. */
	private static final byte[] ZIP_EMPTY = { 'P', 'K', 5, 6 };

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	/**
	 * @param file the stored upload
	 * @param originalFileName the name the sender gave it; its extension is checked (falls back to
	 * {@code file}'s name)
	 * @return the format the bytes are
	 * @throws UnreadableSpreadsheetException with a message for the sender
	 */
	public SpreadsheetFormat inspect(Path file, String originalFileName, SpreadsheetLimits limits)
			throws UnreadableSpreadsheetException {
		String extension = extension(
				(originalFileName != null && !originalFileName.isBlank()) ? originalFileName : file.getFileName().toString());
		if (MACRO_ENABLED.contains(extension)) {
			throw Refusals.macroExtension(extension);
		}
		if (!ACCEPTED.contains(extension)) {
			throw Refusals.unsupportedExtension(extension);
		}
		long size = size(file);
		if (size == 0) {
			throw Refusals.empty();
		}
		if (size > limits.maxFileBytes()) {
			throw Refusals.tooLarge(size, limits.maxFileBytes());
		}
		byte[] magic = magic(file);
		if (startsWith(magic, OLE2)) {
			return Ole2Inspection.inspect(file, extension);
		}
		if (startsWith(magic, ZIP_LOCAL_HEADER) || startsWith(magic, ZIP_EMPTY)) {
			return ZipInspection.inspect(file, extension, limits);
		}
		throw Refusals.notASpreadsheet(extension);
	}

	/** Lower-case extension without the dot; empty if there is none. */
	static String extension(String fileName) {
		String name = fileName.strip();
		// browsers on Windows may send the full path
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
	}

	private static long size(Path file) throws UnreadableSpreadsheetException {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw Refusals.storageFailure(ex);
		}
	}

	private static byte[] magic(Path file) throws UnreadableSpreadsheetException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(OLE2.length);
		}
		catch (IOException ex) {
			throw Refusals.storageFailure(ex);
		}
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

}
