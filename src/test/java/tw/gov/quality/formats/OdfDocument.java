package tw.gov.quality.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** An .ods read back as LibreOffice wrote it: its content.xml, styles.xml and mimetype. */
public record OdfDocument(String mimetype, String content, String styles) {

	public static OdfDocument read(Path ods) throws IOException {
		try (ZipFile zip = new ZipFile(ods.toFile())) {
			return new OdfDocument(entry(zip, "mimetype"), entry(zip, "content.xml"), entry(zip, "styles.xml"));
		}
	}

	private static String entry(ZipFile zip, String name) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw new IOException(name + " missing");
		}
		return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
	}

	/** The {@code <table:table>} element of one sheet, with everything in it. */
	public String table(String name) {
		int start = content.indexOf("<table:table table:name=\"" + name + "\"");
		if (start < 0) {
			throw new AssertionError("no sheet " + name + " in content.xml");
		}
		int end = content.indexOf("</table:table>", start);
		return content.substring(start, end);
	}

}
