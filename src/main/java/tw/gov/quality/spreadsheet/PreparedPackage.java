package tw.gov.quality.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook's layout built once with POI (styles, widths, print set-up, protection, names: every part but
 * the rows) and written again for each file with that file's rows streamed in ({@link SheetXml}): for
 * writers of many small workbooks of one shape (receipts, review forms), where building and saving a POI
 * model per file is most of the cost. The parts a writer fills are cut at marks ({@link Template}); the
 * writer's POI builder stays the reference of what a file looks like, and its tests compare the two.
 */
public final class PreparedPackage {

	public static final String STRINGS_PART = "xl/sharedStrings.xml";

	public static final String WORKBOOK_PART = "xl/workbook.xml";

	/** Stands for a sheet part's rows in {@link #sheet}. */
	public static final String ROWS = "QPPREPAREDROWSMARK";

	private final Map<String, byte[]> parts;

	/** Every part deflated once, in the package's order: most are written as they are in every file. */
	private final List<DeflatedParts.Part> deflated;

	/** The level the parts each file writes are deflated at. */
	private final int writtenLevel;

	private PreparedPackage(Map<String, byte[]> parts, int writtenLevel) {
		this.parts = parts;
		this.writtenLevel = writtenLevel;
		this.deflated = parts.entrySet()
			.stream()
			.map(part -> DeflatedParts.deflate(part.getKey(), part.getValue(), part.getValue().length))
			.toList();
	}

	/** Every part of the workbook as POI writes it, the shared strings last (once the sheets have used every string). */
	public static PreparedPackage of(XSSFWorkbook workbook) {
		return of(workbook, WorkbookFiles.BULK_LEVEL);
	}

	/**
	 * As {@link #of(XSSFWorkbook)}, the parts each file writes deflated at {@code writtenLevel}: for packages
	 * whose written parts are a few KB, {@link java.util.zip.Deflater#NO_COMPRESSION} (zlib's set-up for each
	 * part costs more than the bytes it saves; the fixed parts stay deflated).
	 */
	public static PreparedPackage of(XSSFWorkbook workbook, int writtenLevel) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			workbook.write(bytes);
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					parts.put(entry.getName(), zip.readAllBytes());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!parts.containsKey(STRINGS_PART) || !parts.containsKey(WORKBOOK_PART)) {
			throw new IllegalStateException("POI wrote a workbook that cannot be prepared: " + parts.keySet());
		}
		parts.put(STRINGS_PART, parts.remove(STRINGS_PART));
		return new PreparedPackage(parts, writtenLevel);
	}

	/** The part of the sheet at {@code index} (zero-based), as POI names it. */
	public static String sheetPart(int index) {
		return "xl/worksheets/sheet" + (index + 1) + ".xml";
	}

	/** A part's text. */
	public String text(String part) {
		byte[] bytes = parts.get(part);
		if (bytes == null) {
			throw new IllegalStateException("No part " + part + " in " + parts.keySet());
		}
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * A sheet part's text with its rows replaced by {@link #ROWS} and without its dimension (which the
	 * rows written in its place no longer match).
	 */
	public String sheet(String part) {
		String sheet = text(part);
		int dataStart = sheet.indexOf("<sheetData");
		int dataEnd = sheet.indexOf("</sheetData>");
		int emptyEnd = sheet.indexOf("<sheetData/>");
		if (emptyEnd >= 0) {
			return sheet.substring(0, emptyEnd).replaceFirst("<dimension ref=\"[^\"]*\"/>", "") + "<sheetData>" + ROWS
					+ "</sheetData>" + sheet.substring(emptyEnd + "<sheetData/>".length());
		}
		if (dataStart < 0 || dataEnd < dataStart) {
			throw new IllegalStateException("No rows in " + part);
		}
		return sheet.substring(0, dataStart).replaceFirst("<dimension ref=\"[^\"]*\"/>", "") + "<sheetData>" + ROWS
				+ sheet.substring(dataEnd);
	}

	/** Writes the package: the parts in {@code written} by their writers, every other part as prepared. */
	public void write(OutputStream target, Map<String, WorkbookFiles.Content> written) throws IOException {
		List<DeflatedParts.Part> entries = new ArrayList<>(deflated.size());
		for (DeflatedParts.Part part : deflated) {
			WorkbookFiles.Content content = written.get(part.name());
			if (content == null) {
				entries.add(part);
			}
			else {
				DeflatedParts.Buffer buffer = new DeflatedParts.Buffer();
				content.writeTo(buffer);
				entries.add(buffer.deflated(part.name(), writtenLevel));
			}
		}
		BufferedOutputStream out = new BufferedOutputStream(target, 16 * 1024);
		DeflatedParts.write(out, entries, LocalDateTime.now());
		out.flush();
	}

	/**
	 * A part's text cut at marks that stand for what each file writes there: {@code pieces.get(i)} comes
	 * before the i-th mark, the last piece after the last mark.
	 */
	public record Template(List<String> pieces) {

		/** @param marks each found once, in this order */
		public static Template of(String text, String... marks) {
			List<String> pieces = new ArrayList<>();
			int from = 0;
			for (String mark : marks) {
				int at = text.indexOf(mark, from);
				if (at < 0 || text.indexOf(mark, at + mark.length()) >= 0) {
					throw new IllegalStateException("Mark " + mark + " is not once in the prepared part");
				}
				pieces.add(text.substring(from, at));
				from = at + mark.length();
			}
			pieces.add(text.substring(from));
			return new Template(List.copyOf(pieces));
		}

		public String piece(int index) {
			return pieces.get(index);
		}

	}

}
