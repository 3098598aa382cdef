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
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * The consolidated workbook's file as it is written: each office sheet as a part of its own as it comes, then
 * every part of the front workbook (the report's own sheets, written by POI at the end) with its list of sheets,
 * relationships, content types and print names extended by the office sheets.
 */
final class OfficeSheetsPackage implements Closeable {

	private static final String WORKBOOK = "xl/workbook.xml";

	private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private final ZipOutputStream zip;

	private final Writer entry;

	private final List<String> sheetNames = new ArrayList<>();

	/** How each office sheet prints, in the order of {@link #sheetNames}. */
	private final List<OfficeSheet.Printed> printed = new ArrayList<>();

	OfficeSheetsPackage(Path file) throws IOException {
		this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
		zip.setLevel(WorkbookFiles.BULK_LEVEL);
		this.entry = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 14);
	}

	/** Starts the next office sheet's part: its text goes to the writer returned. */
	Writer startSheet(String name) throws IOException {
		sheetNames.add(name);
		zip.putNextEntry(new ZipEntry(OfficeSheetsParts.part(sheetNames.size())));
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

	/** Copies the front workbook's parts after the office sheets, its charts' stamped, and closes the file. */
	void finish(Path front, int frontSheets, ChartStamps charts) throws IOException {
		copyFront(front, frontSheets, charts);
		zip.close();
	}

	@Override
	public void close() throws IOException {
		zip.close();
	}

	/** Every part of the front workbook, its list of sheets, relationships and types extended by the office sheets. */
	private void copyFront(Path front, int frontSheets, ChartStamps charts) throws IOException {
		OfficeSheetsParts parts = new OfficeSheetsParts(sheetNames, printed);
		try (ZipFile file = new ZipFile(front.toFile())) {
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry part = entries.nextElement();
				zip.putNextEntry(new ZipEntry(part.getName()));
				try (InputStream in = file.getInputStream(part)) {
					switch (part.getName()) {
						case WORKBOOK -> write(parts.workbook(read(in), frontSheets));
						case WORKBOOK_RELS -> write(parts.relationships(read(in)));
						case CONTENT_TYPES -> write(parts.contentTypes(read(in)));
						default -> {
							if (ChartStamps.isChart(part.getName())) {
								charts.write(part.getName(), zip);
							}
							else {
								in.transferTo(zip);
							}
						}
					}
				}
				zip.closeEntry();
			}
		}
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
