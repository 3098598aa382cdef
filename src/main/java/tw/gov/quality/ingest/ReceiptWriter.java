package tw.gov.quality.ingest;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.WorkbookFiles;
import tw.gov.quality.spreadsheet.WorkbookStyles;
import tw.gov.quality.validation.Finding;

/**
 * Writes the 回執 an office gets for every file, accepted or not: enough to fix the sheet from it alone.
 * <p>
 * Ingestion writes one per file, thousands a run, so no POI model is built per receipt: the layout
 * (styles, column widths, print setup, every part but the sheet's rows) is built once with POI as
 * {@link #model} builds a receipt, and each receipt streams its rows into that prepared package. A
 * receipt of any length is written this way, in memory bounded by its findings. {@link #model} stays
 * the reference of what a receipt looks like (the tests compare the two).
 */
class ReceiptWriter {

	static final String SHEET = "回執";

	static final List<String> FINDING_COLUMNS = List.of("序號", "嚴重度", "工作表!儲存格", "項次", "問題說明", "修正方式");

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide with the body at 10 pt or more. */
	private static final int[] WIDTHS = { 5, 7, 15, 7, 42, 42 };

	/** A summary value spans C:F and wraps there: a long file name or the SHA-256 prints whole. */
	private static final int VALUE_FIRST_COLUMN = 2;

	private static final int VALUE_WIDTH = WIDTHS[2] + WIDTHS[3] + WIDTHS[4] + WIDTHS[5];

	/** Where the summary starts, and the findings' header row (repeated on every printed page). */
	private static final int SUMMARY_ROW = 2;

	private static final int HEADER_ROW = SUMMARY_ROW + 9 + 1;

	private static final String SHEET_PART = "xl/worksheets/sheet1.xml";

	private static final String STRINGS_PART = "xl/sharedStrings.xml";

	private static final String WORKBOOK_PART = "xl/workbook.xml";

	/** Stands for the page header's text in the prepared sheet part. */
	private static final String HEADER_MARK = "QPRECEIPTHEADERMARK";

	private final Layout layout = Layout.prepare();

	void write(Receipt receipt, Path target) throws IOException {
		WorkbookFiles.write(target, out -> layout.write(receipt, out));
	}

	/** The receipt as a POI workbook: what {@link #write} writes, cell for cell; slow, for reference only. */
	static XSSFWorkbook model(Receipt receipt) {
		return model(receipt, headerText(receipt));
	}

	private static XSSFWorkbook model(Receipt receipt, String headerText) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		WorkbookStyles styles = new WorkbookStyles(workbook);
		Sheet sheet = workbook.createSheet(SHEET);
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		text(sheet.createRow(0), 0, "季進度回報收件回執", styles.title());
		CellStyle value = workbook.createCellStyle();
		value.cloneStyleFrom(styles.label());
		value.setWrapText(true);
		value.setVerticalAlignment(VerticalAlignment.TOP);
		int r = SUMMARY_ROW;
		for (String[] pair : summary(receipt)) {
			Row row = sheet.createRow(r++);
			text(row, 0, pair[0], styles.label());
			text(row, VALUE_FIRST_COLUMN, pair[1], value);
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), VALUE_FIRST_COLUMN,
					WIDTHS.length - 1));
			row.setHeightInPoints(RowHeights.height(pair[1], VALUE_WIDTH));
		}
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < FINDING_COLUMNS.size(); c++) {
			text(header, c, FINDING_COLUMNS.get(c), styles.header());
		}
		r = HEADER_ROW + 1;
		if (receipt.findings().isEmpty()) {
			text(sheet.createRow(r), 0, "無待修正事項。", styles.label());
		}
		int seq = 1;
		for (Finding finding : receipt.findings()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(seq++);
			row.getCell(0).setCellStyle(styles.number());
			String[] texts = findingTexts(finding);
			for (int c = 1; c < texts.length; c++) {
				text(row, c, texts[c], styles.text());
			}
			RowHeights.fit(row, WIDTHS);
		}
		PrintLayout.apply(sheet, HEADER_ROW, HEADER_ROW, headerText);
		PrintLayout.area(sheet, WIDTHS.length - 1, lastRow(receipt));
		return workbook;
	}

	/** The last printed row: the findings' last, or the line that says there are none. */
	private static int lastRow(Receipt receipt) {
		return HEADER_ROW + Math.max(1, receipt.findings().size());
	}

	/** The print area's reference in the workbook part, which {@link Layout} sets per receipt. */
	private static String printArea(Receipt receipt) {
		return "$A$1:$F$" + (lastRow(receipt) + 1) + "<";
	}

	private static String headerText(Receipt receipt) {
		return (receipt.officeName() == null ? "" : receipt.officeName() + "　") + "收件回執　" + receipt.originalName();
	}

	/** A finding's row, column by column; column 0 (its number) is left to the caller. */
	private static String[] findingTexts(Finding finding) {
		return new String[] { null, finding.severity().label(), finding.cell() == null ? "（整個檔案）" : finding.cell(),
				finding.itemCode() == null ? "" : finding.itemCode(), finding.message(),
				finding.fix() == null ? "" : finding.fix() };
	}

	private static List<String[]> summary(Receipt receipt) {
		long errors = receipt.findings().stream().filter(Finding::isError).count();
		long warnings = receipt.findings().size() - errors;
		return List.of(new String[] { "機關", receipt.officeCode() == null ? "（無法判斷）"
				: receipt.officeCode() + "　" + receipt.officeName() },
				new String[] { "檔案名稱", receipt.originalName() },
				new String[] { "檔案大小", receipt.size() + " 位元組（SHA-256 " + receipt.sha256() + "）" },
				new String[] { "收件時間", RocDates.dateTime(receipt.receivedAt()) },
				new String[] { "填報期間", receipt.period() == null ? "（無法判斷）" : receipt.period().label() + "（"
						+ receipt.period().coverage() + "）" },
				new String[] { "繳交期限", receipt.deadline() == null ? "—" : RocDates.dateTime(receipt.deadline()) },
				new String[] { "是否準時", timeliness(receipt) }, new String[] { "處理結果", receipt.outcome() },
				new String[] { "檢查結果", "錯誤 " + errors + " 項、警告 " + warnings + " 項"
						+ (errors > 0 ? "（錯誤須修正後重新上傳；警告會列入季報，請於下季改善）" : "") });
	}

	private static String timeliness(Receipt receipt) {
		if (receipt.deadline() == null) {
			return "—";
		}
		if (!receipt.receivedAt().isAfter(receipt.deadline())) {
			return "準時";
		}
		Duration late = Duration.between(receipt.deadline(), receipt.receivedAt());
		return "逾期 " + late.toDays() + " 天 " + late.toHoursPart() + " 小時";
	}

	private static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return cell;
	}

	/**
	 * Every part of a receipt package as POI writes it, with the sheet part cut around its rows and the
	 * page header's text; the style numbers POI gave the receipt's five styles.
	 */
	private record Layout(Map<String, byte[]> parts, String sheetStart, String sheetMiddle, String sheetEnd,
			String workbookPart, String sampleArea, int title, int label, int value, int header, int text, int number) {

		static Layout prepare() {
			Receipt sample = new Receipt("X", "X", "x.xlsx", 0, "", LocalDateTime.of(2000, 1, 1, 0, 0), null, null, "",
					false, List.of(new Finding(tw.gov.quality.validation.Rule.ITEM_UNKNOWN, "A1", "1", "x", "x")));
			Map<String, byte[]> parts = new LinkedHashMap<>();
			int[] styles = new int[6];
			try (XSSFWorkbook workbook = model(sample, HEADER_MARK)) {
				Sheet sheet = workbook.getSheetAt(0);
				styles[0] = sheet.getRow(0).getCell(0).getCellStyle().getIndex();
				styles[1] = sheet.getRow(SUMMARY_ROW).getCell(0).getCellStyle().getIndex();
				styles[2] = sheet.getRow(SUMMARY_ROW).getCell(VALUE_FIRST_COLUMN).getCellStyle().getIndex();
				styles[3] = sheet.getRow(HEADER_ROW).getCell(0).getCellStyle().getIndex();
				styles[4] = sheet.getRow(HEADER_ROW + 1).getCell(1).getCellStyle().getIndex();
				styles[5] = sheet.getRow(HEADER_ROW + 1).getCell(0).getCellStyle().getIndex();
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
			// Written last, once the sheet has used every string
			parts.put(STRINGS_PART, parts.remove(STRINGS_PART));
			String sheet = new String(parts.get(SHEET_PART), StandardCharsets.UTF_8);
			int dataStart = sheet.indexOf("<sheetData");
			int dataEnd = sheet.indexOf("</sheetData>") + "</sheetData>".length();
			int mark = sheet.indexOf(HEADER_MARK, dataEnd);
			String workbookPart = new String(parts.get(WORKBOOK_PART), StandardCharsets.UTF_8);
			String sampleArea = printArea(sample);
			if (dataStart < 0 || dataEnd < dataStart || mark < 0 || !parts.containsKey(STRINGS_PART)
					|| !workbookPart.contains(sampleArea)) {
				throw new IllegalStateException("POI wrote a receipt this writer cannot prepare: " + parts.keySet());
			}
			String start = sheet.substring(0, dataStart).replaceFirst("<dimension ref=\"[^\"]*\"/>", "");
			return new Layout(parts, start + "<sheetData>", "</sheetData>" + sheet.substring(dataEnd, mark),
					sheet.substring(mark + HEADER_MARK.length()), workbookPart, sampleArea, styles[0], styles[1], styles[2],
					styles[3], styles[4], styles[5]);
		}

		void write(Receipt receipt, OutputStream target) throws IOException {
			ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(target, 16 * 1024));
			Strings strings = new Strings();
			for (Map.Entry<String, byte[]> part : parts.entrySet()) {
				zip.putNextEntry(new ZipEntry(part.getKey()));
				switch (part.getKey()) {
					case SHEET_PART -> writeSheet(receipt, strings, zip);
					case STRINGS_PART -> strings.write(zip);
					case WORKBOOK_PART -> zip.write(workbookPart.replace(sampleArea, printArea(receipt))
						.getBytes(StandardCharsets.UTF_8));
					default -> zip.write(part.getValue());
				}
				zip.closeEntry();
			}
			zip.finish();
			zip.flush();
		}

		private void writeSheet(Receipt receipt, Strings strings, OutputStream out) throws IOException {
			Xml xml = new Xml(out);
			xml.raw(sheetStart);
			xml.row(0, null).text(0, title, strings.index("季進度回報收件回執")).endRow();
			int r = SUMMARY_ROW;
			for (String[] pair : summary(receipt)) {
				xml.row(r++, RowHeights.height(pair[1], VALUE_WIDTH))
					.text(0, label, strings.index(pair[0]))
					.text(VALUE_FIRST_COLUMN, value, strings.index(pair[1]))
					.endRow();
			}
			xml.row(HEADER_ROW, null);
			for (int c = 0; c < FINDING_COLUMNS.size(); c++) {
				xml.text(c, header, strings.index(FINDING_COLUMNS.get(c)));
			}
			xml.endRow();
			r = HEADER_ROW + 1;
			if (receipt.findings().isEmpty()) {
				xml.row(r, null).text(0, label, strings.index("無待修正事項。")).endRow();
			}
			int seq = 1;
			for (Finding finding : receipt.findings()) {
				String[] texts = findingTexts(finding);
				xml.row(r++, RowHeights.points(texts, WIDTHS)).number(0, number, seq++);
				for (int c = 1; c < texts.length; c++) {
					xml.text(c, text, strings.index(texts[c]));
				}
				xml.endRow();
			}
			xml.raw(sheetMiddle);
			xml.escaped(PrintLayout.escape(headerText(receipt)));
			xml.raw(sheetEnd);
			xml.flush();
		}

	}

	/** The shared strings table of one receipt, in first-use order. */
	private static final class Strings {

		private final Map<String, Integer> index = new LinkedHashMap<>();

		private int uses;

		int index(String text) {
			uses++;
			return index.computeIfAbsent(text, key -> index.size());
		}

		void write(OutputStream out) throws IOException {
			Xml xml = new Xml(out);
			xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"" + uses + "\" uniqueCount=\"" + index.size()
					+ "\" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
			for (String text : index.keySet()) {
				xml.raw(text.isEmpty() || (text.strip().length() == text.length()) ? "<si><t>"
						: "<si><t xml:space=\"preserve\">");
				xml.escaped(Xml.excelEscaped(text));
				xml.raw("</t></si>");
			}
			xml.raw("</sst>");
			xml.flush();
		}

	}

	/** A sheet part's rows and cells, written as text straight to the zip entry. */
	private static final class Xml {

		private final OutputStream out;

		private final StringBuilder buffer = new StringBuilder(8 * 1024);

		private int row;

		Xml(OutputStream out) {
			this.out = out;
		}

		void raw(String text) throws IOException {
			buffer.append(text);
			if (buffer.length() > 8 * 1024) {
				flush();
			}
		}

		Xml row(int index, Float heightInPoints) {
			row = index + 1;
			buffer.append("<row r=\"").append(row).append('"');
			if (heightInPoints != null) {
				buffer.append(" ht=\"").append(heightInPoints).append("\" customHeight=\"true\"");
			}
			buffer.append('>');
			return this;
		}

		Xml text(int column, int style, int stringIndex) {
			cell(column, style).append(" t=\"s\"><v>").append(stringIndex).append("</v></c>");
			return this;
		}

		Xml number(int column, int style, int value) {
			cell(column, style).append(" t=\"n\"><v>").append(value).append("</v></c>");
			return this;
		}

		private StringBuilder cell(int column, int style) {
			return buffer.append("<c r=\"").append((char) ('A' + column)).append(row).append("\" s=\"").append(style)
				.append('"');
		}

		void endRow() throws IOException {
			raw("</row>");
		}

		/** Text content or an attribute value, with XML's five special characters escaped. */
		void escaped(String text) throws IOException {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '<' -> buffer.append("&lt;");
					case '>' -> buffer.append("&gt;");
					case '&' -> buffer.append("&amp;");
					case '"' -> buffer.append("&quot;");
					case '\'' -> buffer.append("&apos;");
					default -> buffer.append(isXmlChar(c, text, i) ? c : '\uFFFD');
				}
			}
			if (buffer.length() > 8 * 1024) {
				flush();
			}
		}

		/**
		 * What XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/FFFF) written as Excel's
		 * {@code _xHHHH_} escape, which readers undo; a literal {@code _xHHHH_} is itself escaped, as POI does.
		 */
		static String excelEscaped(String text) {
			StringBuilder escaped = null;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				boolean literalEscape = c == '_' && i + 6 < text.length() && text.charAt(i + 1) == 'x'
						&& text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6);
				if (literalEscape || !isXmlChar(c, text, i)) {
					if (escaped == null) {
						escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
					}
					escaped.append(String.format("_x%04X_", (int) c));
				}
				else if (escaped != null) {
					escaped.append(c);
				}
			}
			return escaped == null ? text : escaped.toString();
		}

		private static boolean isHex(String text, int from, int to) {
			for (int i = from; i < to; i++) {
				if (Character.digit(text.charAt(i), 16) < 0) {
					return false;
				}
			}
			return true;
		}

		private static boolean isXmlChar(char c, String text, int i) {
			if (c < 0x20) {
				return c == '\t' || c == '\n' || c == '\r';
			}
			if (Character.isHighSurrogate(c)) {
				return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
			}
			if (Character.isLowSurrogate(c)) {
				return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
			}
			return c != '\uFFFE' && c != '\uFFFF';
		}

		void flush() throws IOException {
			out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
			buffer.setLength(0);
		}

	}

}
