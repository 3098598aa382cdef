package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks inside a zip container (.xlsx or .ods): the central directory, every entry's CRC (of an .ods here; an
 * .xlsx's as {@link XlsxReader} reads it), and (by {@link ZipPackageKind}) the two or three small parts that say
 * what the package is. No XML is parsed; the readers do that with
 * hardened parsers ({@link XmlReaders}, {@link OdsReader}).
 */
final class ZipInspection {

	private static final Logger log = LoggerFactory.getLogger(ZipInspection.class);

	/** Entries smaller than this are not ratio-checked, as in POI's ZipSecureFile. */
	static final long GRACE_ENTRY_SIZE = 100 * 1024;

	private ZipInspection() {
	}

	static SpreadsheetFormat inspect(Path file, String extension, SpreadsheetLimits limits)
			throws UnreadableSpreadsheetException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > limits.maxZipEntries()) {
				throw Refusals.tooManyEntries(zip.size(), limits.maxZipEntries());
			}
			Map<String, ZipEntry> entries = directory(zip, limits);
			if (entries.containsKey("mimetype") || (!entries.containsKey("[content_types].xml") && "ods".equals(extension))) {
				verifyContents(zip, entries, limits);
				return ZipPackageKind.ods(zip, entries);
			}
			// The .xlsx reader checks every entry the same way as it inflates it (XlsxReader): inflated once, not twice.
			return ZipPackageKind.xlsx(zip, entries, extension);
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
	 * Inflates every entry of an .ods once, without keeping it, to check its CRC and that it is no larger than
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

}
