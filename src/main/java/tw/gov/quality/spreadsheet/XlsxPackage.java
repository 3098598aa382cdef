package tw.gov.quality.spreadsheet;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An .xlsx package read straight from its zip, without POI's package model: the relationships from
 * the package to the workbook and from the workbook to its sheets, shared strings and styles, each
 * parsed once with the hardened SAX parser of {@link XmlReaders} (no DTDs, no external entities). Every part is read
 * through {@link XlsxPartStream}: capped at POI's zip-bomb limits ({@link ZipSecureFile}, which
 * {@link SpreadsheetLimits#applyToPoi()} sets) and checked against its CRC; {@link #checkUnread} checks the
 * entries nobody read the same way.
 */
final class XlsxPackage implements Closeable {

	/** The relationship types of the parts a reader needs, by the end of their URI (transitional and strict). */
	private static final String OFFICE_DOCUMENT = "/officeDocument";

	private static final String SHARED_STRINGS = "/sharedStrings";

	private static final String STYLES = "/styles";

	/** What POI's sheet iterator lists: worksheets, chart sheets and macro sheets. */
	private static final Set<String> SHEETS = Set.of("/worksheet", "/chartsheet", "/xlMacrosheet");

	private final ZipFile zip;

	/** By lower-case name: part names are case-insensitive. */
	private final Map<String, ZipEntry> entries;

	/** The lower-case names of the entries read to their end: their size and CRC checked. */
	private final Set<String> checked = new HashSet<>();

	private XlsxPackage(ZipFile zip, Map<String, ZipEntry> entries) {
		this.zip = zip;
		this.entries = entries;
	}

	/** One sheet as the workbook lists it: its name and its part. */
	record Sheet(String name, String part) {
	}

	/**
	 * Where the workbook's parts are ({@code null} for a part the workbook does not have), and whether
	 * it counts days from 1904 (old Mac Excel: {@code <workbookPr date1904="1"/>}).
	 */
	record Workbook(List<Sheet> sheets, String sharedStrings, String styles, boolean date1904) {
	}

	/**
	 * Opens the zip; fails with {@link java.util.zip.ZipException} if it is none, and with a zip-bomb
	 * {@link XlsxPartStream.Refused} if it holds more entries than POI allows.
	 */
	static XlsxPackage open(Path file) throws IOException {
		ZipFile zip = new ZipFile(file.toFile());
		try {
			if (zip.size() > ZipSecureFile.getMaxFileCount()) {
				throw XlsxPartStream.Refused.zipBomb("more than " + ZipSecureFile.getMaxFileCount() + " entries");
			}
			Map<String, ZipEntry> entries = new HashMap<>();
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				entries.put(entry.getName().toLowerCase(Locale.ROOT), entry);
			}
			return new XlsxPackage(zip, entries);
		}
		catch (IOException | RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	boolean has(String part) {
		return entries.containsKey(part.toLowerCase(Locale.ROOT));
	}

	/** The workbook's parts; {@code null} if the package names no workbook part that it holds. */
	Workbook workbook() throws IOException, SAXException, ParserConfigurationException {
		String workbookPart = XlsxRelationships.of(this, "").stream()
			.filter(rel -> rel.type().endsWith(OFFICE_DOCUMENT))
			.map(rel -> XlsxRelationships.resolve("", rel.target()))
			.filter(this::has)
			.findFirst()
			.orElse(null);
		if (workbookPart == null || !has("[Content_Types].xml")) {
			return null;
		}
		Map<String, XlsxRelationships.Relationship> byId = new HashMap<>();
		String directory = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
		XlsxRelationships.of(this, workbookPart).forEach(rel -> byId.putIfAbsent(rel.id(), rel));
		List<Sheet> sheets = new ArrayList<>();
		SheetList listed = new SheetList();
		parse(workbookPart, listed);
		for (String[] sheet : listed.sheets) {
			XlsxRelationships.Relationship rel = byId.get(sheet[1]);
			if (rel != null && SHEETS.stream().anyMatch(rel.type()::endsWith)) {
				sheets.add(new Sheet(sheet[0], XlsxRelationships.resolve(directory, rel.target())));
			}
		}
		return new Workbook(sheets, related(byId, directory, SHARED_STRINGS), related(byId, directory, STYLES),
				listed.date1904);
	}

	/** Reads a part's content: what {@link #read} hands its stream to. */
	interface PartReader<T> {

		T read(InputStream part) throws IOException, SAXException, ParserConfigurationException;

	}

	/**
	 * Reads the part, capped and checked as it is read ({@link XlsxPartStream}), then the rest of it (a parser may stop
	 * at the root element's end), so that its CRC has been checked once this returns; fails with
	 * {@link java.util.NoSuchElementException} if it is missing.
	 */
	<T> T read(String part, PartReader<T> reader) throws IOException, SAXException, ParserConfigurationException {
		String key = part.toLowerCase(Locale.ROOT);
		ZipEntry entry = entries.get(key);
		if (entry == null) {
			throw new java.util.NoSuchElementException("No part " + part);
		}
		try (InputStream in = XlsxPartStream.of(zip, entry)) {
			// The reader's parser may close what it is given; the part is read to its end after it.
			T result = reader.read(new FilterInputStream(in) {
				@Override
				public void close() {
				}
			});
			in.transferTo(OutputStream.nullOutputStream());
			checked.add(key);
			return result;
		}
	}

	/** Parses the part with the thread's hardened parser. */
	void parse(String part, org.xml.sax.ContentHandler handler)
			throws IOException, SAXException, ParserConfigurationException {
		read(part, in -> {
			XmlReaders.with(handler).parse(new InputSource(in));
			return null;
		});
	}

	/**
	 * Inflates every entry not read to its end yet, keeping nothing, checked as a part is read: damage or a zip bomb
	 * anywhere in the package refuses it, also in parts no reader needs. Each entry is inflated once in all.
	 */
	void checkUnread() throws IOException {
		for (Map.Entry<String, ZipEntry> entry : entries.entrySet()) {
			if (!entry.getValue().isDirectory() && !checked.contains(entry.getKey())) {
				try (InputStream in = XlsxPartStream.of(zip, entry.getValue())) {
					in.transferTo(OutputStream.nullOutputStream());
				}
				checked.add(entry.getKey());
			}
		}
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	private String related(Map<String, XlsxRelationships.Relationship> byId, String directory, String type) {
		return byId.values()
			.stream()
			.filter(rel -> rel.type().endsWith(type))
			.map(rel -> XlsxRelationships.resolve(directory, rel.target()))
			.filter(this::has)
			.findFirst()
			.orElse(null);
	}

	/** The sheets of workbook.xml in order, as name and relationship id, and its 1904 flag. */
	private static final class SheetList extends DefaultHandler {

		private final List<String[]> sheets = new ArrayList<>();

		private boolean date1904;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if ("sheet".equals(localName)) {
				sheets.add(new String[] { attributes.getValue("name"), relationshipId(attributes) });
			}
			else if ("workbookPr".equals(localName)) {
				// xsd:boolean, so "1" or "true"
				String value = attributes.getValue("date1904");
				date1904 = "1".equals(value) || "true".equals(value);
			}
		}

		/** {@code r:id}, in whichever relationships namespace (transitional or strict) it is. */
		private static String relationshipId(Attributes attributes) {
			for (int i = 0; i < attributes.getLength(); i++) {
				if ("id".equals(attributes.getLocalName(i)) && attributes.getURI(i).endsWith("relationships")) {
					return attributes.getValue(i);
				}
			}
			return null;
		}

	}

}
