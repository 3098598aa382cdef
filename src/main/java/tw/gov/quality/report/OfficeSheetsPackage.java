package tw.gov.quality.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import tw.gov.quality.spreadsheet.StreamedSheet;

/**
 * The consolidated workbook's file as it is written: each office sheet as a part of its own as it comes, then
 * every part of the front workbook (the report's own sheets, written by POI at the end) with its list of sheets,
 * relationships, content types and print names extended by the office sheets.
 */
final class OfficeSheetsPackage implements Closeable {

	private static final String WORKBOOK = "xl/workbook.xml";

	private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

	private static final String SHEET_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

	private static final Pattern RELATIONSHIP_PREFIX = Pattern
		.compile("xmlns:(\\w+)=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");

	private final ZipOutputStream zip;

	private final Writer entry;

	private final List<String> sheetNames = new ArrayList<>();

	/** How each office sheet prints, in the order of {@link #sheetNames}. */
	private final List<OfficeSheet.Printed> printed = new ArrayList<>();

	OfficeSheetsPackage(Path file) throws IOException {
		this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
		this.entry = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 14);
	}

	/** Starts the next office sheet's part: its text goes to the writer returned. */
	Writer startSheet(String name) throws IOException {
		sheetNames.add(name);
		zip.putNextEntry(new ZipEntry(part(sheetNames.size())));
		return entry;
	}

	/** Ends the office sheet started last. */
	void endSheet(OfficeSheet.Printed print) throws IOException {
		entry.flush();
		zip.closeEntry();
		printed.add(print);
	}

	List<String> sheetNames() {
		return sheetNames;
	}

	/** Copies the front workbook's parts after the office sheets and closes the file. */
	void finish(Path front, int frontSheets) throws IOException {
		copyFront(front, frontSheets);
		zip.close();
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	/** Every part of the front workbook, its list of sheets, relationships and types extended by the office sheets. */
	private void copyFront(Path front, int frontSheets) throws IOException {
		try (ZipFile file = new ZipFile(front.toFile())) {
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry part = entries.nextElement();
				zip.putNextEntry(new ZipEntry(part.getName()));
				try (InputStream in = file.getInputStream(part)) {
					switch (part.getName()) {
						case WORKBOOK -> write(withOfficeSheets(read(in), frontSheets));
						case WORKBOOK_RELS -> write(insertBefore(read(in), "</Relationships>", officeRelationships()));
						case CONTENT_TYPES -> write(insertBefore(read(in), "</Types>", officeTypes()));
						default -> in.transferTo(zip);
					}
				}
				zip.closeEntry();
			}
		}
	}

	private String withOfficeSheets(String xml, int frontSheets) {
		Matcher prefix = RELATIONSHIP_PREFIX.matcher(xml);
		if (!prefix.find()) {
			throw new IllegalStateException("The workbook part declares no relationship namespace");
		}
		StringBuilder sheets = new StringBuilder();
		StringBuilder titles = new StringBuilder();
		for (int i = 0; i < sheetNames.size(); i++) {
			String name = sheetNames.get(i);
			sheets.append("<sheet name=\"")
				.append(StreamedSheet.escapeXml(name))
				.append("\" sheetId=\"")
				.append(1000 + i)
				.append("\" ")
				.append(prefix.group(1))
				.append(":id=\"")
				.append(relationship(i + 1))
				.append("\"/>");
			OfficeSheet.Printed print = printed.get(i);
			if (print.titled()) {
				titles.append(StreamedSheet.printTitles(frontSheets + i, name, OfficeSheet.HEADER_ROW, OfficeSheet.HEADER_ROW));
			}
			titles.append(StreamedSheet.printArea(frontSheets + i, name, print.lastColumn(), print.lastRow()));
		}
		String withSheets = insertBefore(xml, "</sheets>", sheets.toString());
		if (titles.isEmpty()) {
			return withSheets;
		}
		if (withSheets.contains("</definedNames>")) {
			return insertBefore(withSheets, "</definedNames>", titles.toString());
		}
		return withSheets.replace("</sheets>", "</sheets><definedNames>" + titles + "</definedNames>");
	}

	private String officeRelationships() {
		StringBuilder rels = new StringBuilder();
		for (int i = 1; i <= sheetNames.size(); i++) {
			rels.append("<Relationship Id=\"")
				.append(relationship(i))
				.append("\" Target=\"")
				.append(part(i).substring("xl/".length()))
				.append("\" Type=\"")
				.append(SHEET_RELATION)
				.append("\"/>");
		}
		return rels.toString();
	}

	private String officeTypes() {
		StringBuilder types = new StringBuilder();
		for (int i = 1; i <= sheetNames.size(); i++) {
			types.append("<Override PartName=\"/").append(part(i)).append("\" ContentType=\"").append(SHEET_TYPE).append("\"/>");
		}
		return types.toString();
	}

	private static String part(int office) {
		return "xl/worksheets/office" + office + ".xml";
	}

	private static String relationship(int office) {
		return "rIdOffice" + office;
	}

	private static String insertBefore(String xml, String closing, String inserted) {
		int at = xml.lastIndexOf(closing);
		if (at < 0) {
			throw new IllegalStateException("No " + closing + " in a workbook part");
		}
		return xml.substring(0, at) + inserted + xml.substring(at);
	}

	private static String read(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	private void write(String xml) throws IOException {
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
	}

	/** The zip stream stays open when an entry's writer is flushed or dropped. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() {
		}

	}

}
