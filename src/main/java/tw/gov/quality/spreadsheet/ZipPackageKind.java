package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a checked zip container is, from the two or three small parts that say so: an .ods spreadsheet, or an
 * .xlsx workbook without macros. No XML is parsed; the descriptors are searched as text.
 */
final class ZipPackageKind {

	private static final Logger log = LoggerFactory.getLogger(ZipPackageKind.class);

	/** Package descriptors Excel and Calc write are a few kilobytes. */
	private static final int MAX_DESCRIPTOR_BYTES = 1024 * 1024;

	private static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

	private ZipPackageKind() {
	}

	/** @param entries the container's entries by lower-case name */
	static SpreadsheetFormat ods(ZipFile zip, Map<String, ZipEntry> entries)
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

	/** @param entries the container's entries by lower-case name */
	static SpreadsheetFormat xlsx(ZipFile zip, Map<String, ZipEntry> entries, String extension)
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
