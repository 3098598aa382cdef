package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks inside a zip container (.xlsx or .ods): the central directory, every entry's CRC, and the
 * two or three small parts that say what the package is. No XML is parsed; the readers do that with
 * POI's hardened parser.
 */
final class ZipInspection {

	private static final Logger log = LoggerFactory.getLogger(ZipInspection.class);

	/** Entries smaller than this are not ratio-checked, as in POI's ZipSecureFile. */
	static final long GRACE_ENTRY_SIZE = 100 * 1024;

	/** Package descriptors Excel and Calc write are a few kilobytes. */
	private static final int MAX_DESCRIPTOR_BYTES = 1024 * 1024;

	private static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

	private ZipInspection() {
	}

	static SpreadsheetFormat inspect(Path file, String extension, SpreadsheetLimits limits)
			throws UnreadableSpreadsheetException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > limits.maxZipEntries()) {
				throw Refusals.tooManyEntries(zip.size(), limits.maxZipEntries());
			}
			Map<String, ZipEntry> entries = directory(zip, limits);
			verifyContents(zip, entries, limits);
			if (entries.containsKey("mimetype") || (!entries.containsKey("[content_types].xml") && "ods".equals(extension))) {
				return ods(zip, entries);
			}
			return xlsx(zip, entries, extension);
		}
		catch (IOException | IllegalArgumentException ex) {
			// java.util.zip reports truncation and bad deflate data as IOException, badly encoded names
			// as IllegalArgumentException
			log.info("Refused unreadable zip: {}", ex.toString());
			throw Refusals.corrupt();
		}
	}

	/**
	 * Checks every name and declared size in the central directory; returns the entries keyed by
	 * lower-case name, since OPC part names are case-insensitive.
	 */
	private static Map<String, ZipEntry> directory(ZipFile zip, SpreadsheetLimits limits)
			throws UnreadableSpreadsheetException {
		Map<String, ZipEntry> entries = new HashMap<>();
		Enumeration<? extends ZipEntry> all = zip.entries();
		while (all.hasMoreElements()) {
			ZipEntry entry = all.nextElement();
			String name = entry.getName();
			if (unsafe(name)) {
				log.info("Refused zip entry with unsafe name {}", name);
				throw Refusals.unsafePath();
			}
			// two entries one parser could see differently from another
			if (entries.put(name.toLowerCase(Locale.ROOT), entry) != null) {
				log.info("Refused zip with duplicate entry {}", name);
				throw Refusals.unsafePath();
			}
			if (entry.isDirectory()) {
				continue;
			}
			long size = entry.getSize();
			if (size > limits.maxUncompressedBytes()) {
				log.info("Refused zip entry {} declaring {} bytes", name, size);
				throw Refusals.zipBomb();
			}
			if (size > GRACE_ENTRY_SIZE && (double) entry.getCompressedSize() / size < limits.minInflateRatio()) {
				log.info("Refused zip entry {}: {} bytes from {} compressed", name, size, entry.getCompressedSize());
				throw Refusals.zipBomb();
			}
		}
		return entries;
	}

	static boolean unsafe(String name) {
		String path = name.replace('\\', '/');
		boolean driveLetter = path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0));
		if (path.isEmpty() || path.startsWith("/") || driveLetter || path.indexOf('\0') >= 0) {
			return true;
		}
		for (String segment : path.split("/")) {
			if ("..".equals(segment)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Inflates every entry once, without keeping it, to check its CRC and that it is no larger than
	 * declared: damage anywhere is found here rather than halfway through ingestion, and a size that
	 * lies cannot slip past the checks on the directory.
	 */
	private static void verifyContents(ZipFile zip, Map<String, ZipEntry> entries, SpreadsheetLimits limits)
			throws IOException, UnreadableSpreadsheetException {
		byte[] buffer = new byte[64 * 1024];
		for (ZipEntry entry : entries.values()) {
			if (entry.isDirectory()) {
				continue;
			}
			CRC32 crc = new CRC32();
			long total = 0;
			try (InputStream in = zip.getInputStream(entry)) {
				int n;
				while ((n = in.read(buffer)) > 0) {
					total += n;
					if (total > entry.getSize() || total > limits.maxUncompressedBytes()) {
						log.info("Refused zip entry {} inflating beyond its declared {} bytes", entry.getName(),
								entry.getSize());
						throw Refusals.zipBomb();
					}
					crc.update(buffer, 0, n);
				}
			}
			if (total != entry.getSize() || crc.getValue() != entry.getCrc()) {
				log.info("Refused zip entry {}: {} bytes, CRC {} (declared {} bytes, CRC {})", entry.getName(), total,
						Long.toHexString(crc.getValue()), entry.getSize(), Long.toHexString(entry.getCrc()));
				throw Refusals.corrupt();
			}
		}
	}

	private static SpreadsheetFormat ods(ZipFile zip, Map<String, ZipEntry> entries)
			throws IOException, UnreadableSpreadsheetException {
		ZipEntry mimetype = entries.get("mimetype");
		if (mimetype == null || !ODS_MIMETYPE.equals(text(zip, mimetype).strip()) || !entries.containsKey("content.xml")) {
			throw Refusals.notOdsSpreadsheet();
		}
		// a password-protected .ods keeps its mimetype but lists how each part is encrypted
		ZipEntry manifest = entries.get("meta-inf/manifest.xml");
		if (manifest != null && text(zip, manifest).contains("encryption-data")) {
			throw Refusals.passwordProtected();
		}
		return SpreadsheetFormat.ODS;
	}

	private static SpreadsheetFormat xlsx(ZipFile zip, Map<String, ZipEntry> entries, String extension)
			throws IOException, UnreadableSpreadsheetException {
		if (entries.containsKey("xl/workbook.bin")) {
			throw Refusals.binaryWorkbook(extension);
		}
		ZipEntry contentTypes = entries.get("[content_types].xml");
		if (contentTypes == null || !entries.containsKey("xl/workbook.xml")) {
			log.info("Refused zip without [Content_Types].xml or xl/workbook.xml");
			throw Refusals.notExcelWorkbook(extension);
		}
		// the VBA part may be renamed, but its content type must still be declared here
		String declared = text(zip, contentTypes).toLowerCase(Locale.ROOT);
		if (entries.containsKey("xl/vbaproject.bin") || declared.contains("macroenabled")
				|| declared.contains("vbaproject")) {
			throw Refusals.macroContent(extension);
		}
		return SpreadsheetFormat.XLSX;
	}

	/**
	 * A small descriptor as searchable text. NUL bytes are dropped so that UTF-16 reads like ASCII,
	 * and numeric character references are resolved so that "macro&#69;nabled" cannot hide.
	 */
	private static String text(ZipFile zip, ZipEntry entry) throws IOException, UnreadableSpreadsheetException {
		if (entry.getSize() > MAX_DESCRIPTOR_BYTES) {
			log.info("Refused zip whose descriptor {} is {} bytes", entry.getName(), entry.getSize());
			throw Refusals.zipBomb();
		}
		byte[] bytes;
		try (InputStream in = zip.getInputStream(entry)) {
			bytes = in.readNBytes(MAX_DESCRIPTOR_BYTES);
		}
		int kept = 0;
		for (byte b : bytes) {
			if (b != 0) {
				bytes[kept++] = b;
			}
		}
		String text = new String(bytes, 0, kept, StandardCharsets.UTF_8);
		Matcher reference = CHARACTER_REFERENCE.matcher(text);
		StringBuilder resolved = new StringBuilder(text.length());
		while (reference.find()) {
			String number = reference.group(1);
			int codePoint = (number.charAt(0) == 'x') ? Integer.parseInt(number.substring(1), 16)
					: Integer.parseInt(number);
			String replacement = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "";
			reference.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
		}
		reference.appendTail(resolved);
		return resolved.toString();
	}

}
