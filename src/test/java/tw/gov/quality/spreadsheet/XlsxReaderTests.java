package tw.gov.quality.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.bool;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.date;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.number;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.text;

class XlsxReaderTests {

	private static final String SHEET = "xl/worksheets/sheet1.xml";

	private static final String SHARED_STRINGS = "xl/sharedStrings.xml";

	@TempDir
	Path dir;

	@Test
	void refusesANonNumberInANumericCell() throws Exception {
		Path file = withSheetData("<row r=\"1\"><c r=\"A1\"><v>十二</v></c></row>");

		assertUnparseable(file);
	}

	@ParameterizedTest
	@ValueSource(strings = { "99", "-1", "x" })
	void refusesASharedStringIndexThatIsNotInTheTable(String index) throws Exception {
		Path file = withSheetData("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>" + index + "</v></c></row>");

		assertUnparseable(file);
	}

	@Test
	void refusesAnXlsNamedXlsxSayingItMayBePasswordProtected() throws Exception {
		Path file = dir.resolve("old.xlsx");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("資料").createRow(0).createCell(0).setCellValue("舊檔");
			workbook.write(out);
		}

		assertThatThrownBy(() -> new XlsxReader().read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("密碼")
			.hasMessageContaining(".xlsx");
	}

	@Test
	void refusesAPasswordProtectedWorkbook() throws Exception {
		Path plain = write(new XSSFWorkbook(), "plain.xlsx");
		Path file = dir.resolve("secret.xlsx");
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword("secret");
			try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
					OutputStream os = encryptor.getDataStream(fs)) {
				opc.save(os);
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				fs.writeFilesystem(out);
			}
		}

		assertThatThrownBy(() -> new XlsxReader().read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("密碼")
			.hasMessageContaining("移除密碼");
	}

	@Test
	void passesTheHandlersOwnFailureThroughUntouched() throws Exception {
		Path file = write(new XSSFWorkbook(), "plan.xlsx");
		RowHandler failingRow = new RecordingRowHandler() {
			@Override
			public void row(SheetRow row) {
				throw new IllegalStateException("handler bug");
			}
		};
		RowHandler failingSheet = new RecordingRowHandler() {
			@Override
			public boolean startSheet(int index, String name) {
				throw new IllegalArgumentException("sheet bug");
			}
		};

		assertThatThrownBy(() -> new XlsxReader().read(file, failingRow)).isExactlyInstanceOf(IllegalStateException.class)
			.hasMessage("handler bug");
		assertThatThrownBy(() -> new XlsxReader().read(file, failingSheet))
			.isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessage("sheet bug");
	}

	@ParameterizedTest
	@ValueSource(strings = { SHEET, SHARED_STRINGS, "xl/workbook.xml" })
	void refusesAZipBomb(String part) throws Exception {
		Parts parts = Parts.of(write(new XSSFWorkbook(), "plan.xlsx"));
		String xml = parts.text(part);
		// Five megabytes of white space between two tags: valid XML that deflates a thousandfold
		int tagEnd = xml.indexOf('>', xml.indexOf("?>") + 2) + 1;
		parts.put(part, xml.substring(0, tagEnd) + " ".repeat(5 * 1024 * 1024) + xml.substring(tagEnd));
		Path file = parts.write(dir.resolve("bomb.xlsx"));

		assertThatThrownBy(() -> new XlsxReader().read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("解壓縮後異常龐大");
	}

	@ParameterizedTest
	@ValueSource(strings = { SHEET, "docProps/core.xml" })
	void refusesADamagedEntryAsDamagedWhetherOrNotASheetNeedsIt(String part) throws Exception {
		Parts parts = Parts.of(write(new XSSFWorkbook(), "plan.xlsx"));
		byte[] zip = parts.stored();
		// One byte changed in the entry's stored bytes: only its CRC can tell
		int at = ZipBytes.indexOf(zip, parts.parts.get(part)) + parts.parts.get(part).length / 2;
		zip[at] = (byte) (zip[at] == 'x' ? 'y' : 'x');
		Path file = Files.write(dir.resolve("damaged.xlsx"), zip);

		assertThatThrownBy(() -> new XlsxReader().read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("損毀或不完整");
	}

	@Test
	void readsEveryEntryOfAnUndamagedWorkbookStoredUncompressed() throws Exception {
		Parts parts = Parts.of(write(new XSSFWorkbook(), "plan.xlsx"));
		Path file = Files.write(dir.resolve("stored.xlsx"), parts.stored());
		RecordingRowHandler rows = new RecordingRowHandler();

		new XlsxReader().read(file, rows);

		assertThat(rows.rows).containsExactly(new SheetRow(0, List.of(new SheetCell(0, SheetCell.Kind.TEXT, "桃園分署"))));
	}

	@Test
	void skipsRowsWithoutContent() throws Exception {
		Path file = dir.resolve("blank.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("資料");
			CellStyle textFormat = style(workbook, "@");
			sheet.createRow(0).createCell(0).setCellValue("項目");
			// Styled blanks, an empty string and a row without cells: nothing anyone typed
			Row styled = sheet.createRow(1);
			styled.createCell(0).setCellStyle(textFormat);
			styled.createCell(2).setCellStyle(textFormat);
			sheet.createRow(2).createCell(1).setCellValue("");
			sheet.createRow(3);
			sheet.createRow(4).createCell(1).setCellValue(7);
			workbook.write(out);
		}
		RecordingRowHandler handler = new RecordingRowHandler();

		new XlsxReader().read(file, handler);

		assertThat(handler.rows).containsExactly(new SheetRow(0, List.of(text(0, "項目"))),
				new SheetRow(4, List.of(number(1, "7"))));
	}

	@Test
	void readsDatesOfAWorkbookUsingThe1904DateSystem() throws Exception {
		Path file = dir.resolve("mac.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			// Old Mac Excel counted days from 1904; the same serial number is four years later there
			workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
			Cell day = workbook.createSheet("資料").createRow(0).createCell(0);
			// 2018-03-05 is day 43164 counted from 1900, 1462 days fewer counted from 1904
			day.setCellValue(43164 - 1462);
			day.setCellStyle(style(workbook, "yyyy-mm-dd"));
			workbook.write(out);
		}
		RecordingRowHandler handler = new RecordingRowHandler();

		new XlsxReader().read(file, handler);

		assertThat(handler.rows).containsExactly(new SheetRow(0, List.of(date(0, "2018-03-05"))));
	}

	@Test
	void reportsTimesWithoutADateAsTheTextShown() throws Exception {
		Path file = dir.resolve("times.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Row row = workbook.createSheet("資料").createRow(0);
			timeCells(workbook, row);
			workbook.write(out);
		}
		RecordingRowHandler handler = new RecordingRowHandler();

		new XlsxReader().read(file, handler);

		assertThat(handler.rows).singleElement()
			.extracting(SheetRow::cells)
			.isEqualTo(List.of(text(0, "10:15"), text(1, "10:15:30"), text(2, "36:00"), text(3, "00:00"),
					date(4, "2018-03-05T10:15")));
	}

	@Test
	void readsAnEscapeTypedByTheUserLiterally() throws Exception {
		Parts parts = Parts.of(write(new XSSFWorkbook(), "plan.xlsx"));
		// Excel escapes the underscore of text that looks like an escape: _x005F_ is "_"
		parts.put(SHARED_STRINGS, """
				<?xml version="1.0" encoding="UTF-8"?>
				<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">\
				<si><t>_x005F_x0041_</t></si><si><t>a_x000D_b</t></si></sst>""");
		parts.put(SHEET, sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"));
		RecordingRowHandler handler = new RecordingRowHandler();

		new XlsxReader().read(parts.write(dir.resolve("escaped.xlsx")), handler);

		assertThat(handler.rows).singleElement()
			.extracting(SheetRow::cells)
			.isEqualTo(List.of(text(0, "_x0041_"), text(1, "a\rb")));
	}

	@ParameterizedTest
	@CsvSource({ "2018-03-05T00:00:00, 2018-03-05", "2018-03-05T00:00:00.000, 2018-03-05", "2018-03-05, 2018-03-05",
			"2018-03-05T10:15:30.125, 2018-03-05T10:15", "2018-03-05T10:15, 2018-03-05T10:15",
			"2018-03-05T10:15:30Z, 2018-03-05T10:15" })
	void readsIsoDateCellsLikeNumericDates(String stored, String expected) throws Exception {
		Path file = withSheetData("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>" + stored + "</v></c></row>");
		RecordingRowHandler handler = new RecordingRowHandler();

		new XlsxReader().read(file, handler);

		assertThat(handler.rows).containsExactly(new SheetRow(0, List.of(date(0, expected))));
	}

	@Test
	void anInlineStringIsItsInlineTextEvenWithAStrayValueBesideIt() throws Exception {
		// What XSSF leaves when it retypes a cell SXSSF wrote as an inline string.
		Path file = withSheetData("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><v>第３季</v><is><t>2</t></is></c>"
				+ "<c r=\"B1\" t=\"inlineStr\"><is><t>持續辦理</t></is></c></row>");
		RecordingRowHandler handler = new RecordingRowHandler();

		new XlsxReader().read(file, handler);

		assertThat(handler.rows).containsExactly(new SheetRow(0, List.of(new SheetCell(0, SheetCell.Kind.TEXT, "2"),
				new SheetCell(1, SheetCell.Kind.TEXT, "持續辦理"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2018-03-05T1", "2018-03-05T10:1", "2018", "2018-03-05T10:15:30+08:00:00:00", "下週一" })
	void keepsAMalformedIsoDateAsText(String stored) throws Exception {
		Path file = withSheetData("<row r=\"1\"><c r=\"A1\" t=\"d\"><v>" + stored + "</v></c></row>");
		RecordingRowHandler handler = new RecordingRowHandler();

		new XlsxReader().read(file, handler);

		assertThat(handler.rows).containsExactly(new SheetRow(0, List.of(text(0, stored))));
	}

	@Test
	void neverResolvesAnExternalEntity() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
		Parts parts = Parts.of(write(new XSSFWorkbook(), "plan.xlsx"));
		parts.put(SHEET, sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>")
			.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"));
		Path file = parts.write(dir.resolve("xxe.xlsx"));
		RecordingRowHandler handler = new RecordingRowHandler();

		assertThatThrownBy(() -> new XlsxReader().read(file, handler)).isInstanceOf(UnreadableSpreadsheetException.class)
			.message()
			.doesNotContain("TOP-SECRET");
		assertThat(handler.rows).isEmpty();
	}

	@Test
	void refusesAnEntityThatExpandsItselfWithoutExpandingIt() throws Exception {
		// "Billion laughs": ten levels of ten references would be 10 GB of text once expanded
		StringBuilder entities = new StringBuilder("<!ENTITY e0 \"ha\">");
		for (int level = 1; level <= 10; level++) {
			entities.append("<!ENTITY e").append(level).append(" \"")
				.append(("&e" + (level - 1) + ";").repeat(10))
				.append("\">");
		}
		Parts parts = Parts.of(write(new XSSFWorkbook(), "plan.xlsx"));
		parts.put(SHEET, sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&e10;</t></is></c></row>")
			.replaceFirst("\\?>", "?><!DOCTYPE worksheet [" + entities + "]>"));
		Path file = parts.write(dir.resolve("laughs.xlsx"));
		RecordingRowHandler handler = new RecordingRowHandler();

		assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertThatThrownBy(() -> new XlsxReader().read(file, handler))
					.isInstanceOf(UnreadableSpreadsheetException.class));
		assertThat(handler.rows).isEmpty();
	}

	@Test
	void readsTheSameRowsAsTheXlsReader() throws Exception {
		Path xlsx = writeMixed(new XSSFWorkbook(), "mixed.xlsx");
		Path xls = writeMixed(new HSSFWorkbook(), "mixed.xls");
		RecordingRowHandler fromXlsx = new RecordingRowHandler();
		RecordingRowHandler fromXls = new RecordingRowHandler();

		new XlsxReader().read(xlsx, fromXlsx);
		new XlsReader().read(xls, fromXls);

		assertThat(fromXlsx.rows).containsExactly(
				new SheetRow(0, List.of(text(0, "項目"), number(1, "12.5"), date(2, "2018-03-05"), bool(3, "TRUE"))),
				new SheetRow(1, List.of(number(0, "25"), text(1, "AB"), bool(2, "FALSE"), date(3, "2018-03-05T10:15"))),
				new SheetRow(3, List.of(text(0, "10:15"), text(1, "10:15:30"), text(2, "36:00"), text(3, "00:00"),
						date(4, "2018-03-05T10:15"))));
		assertThat(fromXls.sheets).isEqualTo(fromXlsx.sheets);
		assertThat(fromXls.rows).isEqualTo(fromXlsx.rows);
	}

	/** Text, number, date, boolean, formulas' cached values and times, in either format. */
	private Path writeMixed(Workbook workbook, String name) throws IOException {
		try (workbook) {
			Sheet sheet = workbook.createSheet("資料");
			Row first = sheet.createRow(0);
			first.createCell(0).setCellValue("項目");
			first.createCell(1).setCellValue(12.5);
			Cell day = first.createCell(2);
			day.setCellValue(LocalDateTime.of(2018, 3, 5, 0, 0));
			day.setCellStyle(style(workbook, "yyyy-mm-dd"));
			first.createCell(3).setCellValue(true);

			Row formulas = sheet.createRow(1);
			formulas.createCell(0).setCellFormula("B1*2");
			formulas.createCell(1).setCellFormula("\"A\"&\"B\"");
			formulas.createCell(2).setCellFormula("B1>100");
			Cell moment = formulas.createCell(3);
			moment.setCellFormula("C1+TIME(10,15,0)");
			moment.setCellStyle(style(workbook, "yyyy-mm-dd hh:mm"));
			formulas.createCell(4).setCellFormula("\"\"");

			sheet.createRow(2).createCell(0).setCellStyle(style(workbook, "@"));
			timeCells(workbook, sheet.createRow(3));

			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Path file = dir.resolve(name);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			return file;
		}
	}

	/** 10:15 as hh:mm, 10:15:30 as h:mm:ss, a day and a half as [h]:mm, midnight, and a date with a time. */
	private static void timeCells(Workbook workbook, Row row) {
		double quarterPastTen = (10 * 60 + 15) / 1440.0;
		Cell time = row.createCell(0);
		time.setCellValue(quarterPastTen);
		time.setCellStyle(style(workbook, "hh:mm"));
		Cell seconds = row.createCell(1);
		seconds.setCellValue(quarterPastTen + 30 / 86400.0);
		seconds.setCellStyle(style(workbook, "h:mm:ss"));
		Cell duration = row.createCell(2);
		duration.setCellValue(1.5);
		duration.setCellStyle(style(workbook, "[h]:mm"));
		Cell midnight = row.createCell(3);
		midnight.setCellValue(0);
		midnight.setCellStyle(style(workbook, "hh:mm"));
		Cell moment = row.createCell(4);
		moment.setCellValue(LocalDateTime.of(2018, 3, 5, 10, 15));
		moment.setCellStyle(style(workbook, "yyyy-mm-dd hh:mm"));
	}

	private void assertUnparseable(Path file) {
		assertThatThrownBy(() -> new XlsxReader().read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("無法解讀");
	}

	/** A POI-made workbook whose first sheet holds the given sheetData content. */
	private Path withSheetData(String rows) throws IOException {
		Parts parts = Parts.of(write(new XSSFWorkbook(), "plan.xlsx"));
		parts.put(SHEET, sheet(rows));
		return parts.write(Files.createTempFile(dir, "sheet", ".xlsx"));
	}

	private static String sheet(String rows) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>"""
			.formatted(rows);
	}

	/** A workbook with one sheet and one shared string, so that every part a test may replace exists. */
	private Path write(Workbook workbook, String name) throws IOException {
		Path file = dir.resolve(name);
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("資料").createRow(0).createCell(0).setCellValue("桃園分署");
			workbook.write(out);
		}
		return file;
	}

	private static CellStyle style(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	/** The parts of a zip package, to be replaced one by one and written back in order. */
	private static final class Parts {

		private final Map<String, byte[]> parts = new LinkedHashMap<>();

		static Parts of(Path file) throws IOException {
			Parts parts = new Parts();
			try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
				for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
					parts.parts.put(entry.getName(), zip.readAllBytes());
				}
			}
			return parts;
		}

		String text(String name) {
			return new String(parts.get(name), StandardCharsets.UTF_8);
		}

		void put(String name, String content) {
			parts.put(name, content.getBytes(StandardCharsets.UTF_8));
		}

		/** The package with every entry stored uncompressed: its bytes as they are in the zip. */
		byte[] stored() throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (Map.Entry<String, byte[]> part : parts.entrySet()) {
					zip.putNextEntry(ZipBytes.stored(part.getKey(), part.getValue()));
					zip.write(part.getValue());
					zip.closeEntry();
				}
			}
			return bytes.toByteArray();
		}

		Path write(Path file) throws IOException {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				for (Map.Entry<String, byte[]> part : parts.entrySet()) {
					zip.putNextEntry(new ZipEntry(part.getKey()));
					zip.write(part.getValue());
					zip.closeEntry();
				}
			}
			return Files.write(file, bytes.toByteArray());
		}

	}

}
