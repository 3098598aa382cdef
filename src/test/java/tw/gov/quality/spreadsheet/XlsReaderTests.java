package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.bool;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.date;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.error;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.number;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.text;

class XlsReaderTests {

	@TempDir
	Path dir;

	@Test
	void readsCellsByKindAndSkipsDeclinedSheetsAndBlankRows() throws Exception {
		Path file = write(new HSSFWorkbook(), "plan.xls");
		RecordingRowHandler handler = new RecordingRowHandler("資料"::equals);

		new XlsReader().read(file, handler);

		assertThat(handler.sheets).containsExactly("0:說明", "1:資料");
		assertThat(handler.rows).extracting(SheetRow::index).containsExactly(0, 1, 4, 5);
		assertThat(handler.rows.get(0).cells()).containsExactly(text(0, "項目"), number(1, "12.5"), text(2, "007"),
				number(3, "1234567890"), number(4, "0.1"));
		assertThat(handler.rows.get(1).cells()).containsExactly(date(0, "2018-03-05"), date(1, "2018-03-05T10:15"),
				number(2, "43164"));
		assertThat(handler.rows.get(2).cells()).containsExactly(number(0, "25"), text(1, "AB"), error(2, "#DIV/0!"),
				text(4, "後面"));
		assertThat(handler.rows.get(3).cells()).containsExactly(bool(0, "TRUE"), bool(1, "FALSE"), bool(2, "TRUE"));
	}

	@Test
	void readsTheSameRowsAsTheXlsxReader() throws Exception {
		Path xls = write(new HSSFWorkbook(), "plan.xls");
		Path xlsx = write(new XSSFWorkbook(), "plan.xlsx");
		RecordingRowHandler fromXls = new RecordingRowHandler();
		RecordingRowHandler fromXlsx = new RecordingRowHandler();

		new XlsReader().read(xls, fromXls);
		new XlsxReader().read(xlsx, fromXlsx);

		assertThat(fromXls.sheets).isEqualTo(fromXlsx.sheets);
		assertThat(fromXls.rows).isEqualTo(fromXlsx.rows);
	}

	@Test
	void readsDatesOfAWorkbookUsingThe1904DateSystem() throws Exception {
		Path file = dir.resolve("mac.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			// Old Mac Excel counted days from 1904; the same serial number is four years later there
			DateWindow1904Record window = (DateWindow1904Record) workbook.getInternalWorkbook()
				.findFirstRecordBySid(DateWindow1904Record.sid);
			window.setWindowing((short) 1);
			Cell day = workbook.createSheet("資料").createRow(0).createCell(0);
			// 2018-03-05 is day 43164 counted from 1900, 1462 days fewer counted from 1904
			day.setCellValue(43164 - 1462);
			day.setCellStyle(style(workbook, "yyyy-mm-dd"));
			workbook.write(out);
		}
		RecordingRowHandler handler = new RecordingRowHandler();

		new XlsReader().read(file, handler);

		assertThat(handler.rows).containsExactly(new SheetRow(0, List.of(date(0, "2018-03-05"))));
	}

	@Test
	void reportsTimesWithoutADateAsTheTextShown() throws Exception {
		Path file = dir.resolve("times.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Row row = workbook.createSheet("資料").createRow(0);
			double quarterPastTen = (10 * 60 + 15) / 1440.0;
			Cell time = row.createCell(0);
			time.setCellValue(quarterPastTen);
			time.setCellStyle(style(workbook, "hh:mm"));
			// A duration of a day and a half is no date either
			Cell duration = row.createCell(1);
			duration.setCellValue(1.5);
			duration.setCellStyle(style(workbook, "[h]:mm"));
			Cell moment = row.createCell(2);
			moment.setCellValue(43164 + quarterPastTen);
			moment.setCellStyle(style(workbook, "yyyy-mm-dd hh:mm"));
			workbook.write(out);
		}
		RecordingRowHandler handler = new RecordingRowHandler();

		new XlsReader().read(file, handler);

		// As the .ods reader reports them
		assertThat(handler.rows).containsExactly(
				new SheetRow(0, List.of(text(0, "10:15"), text(1, "36:00"), date(2, "2018-03-05T10:15"))));
	}

	@Test
	void passesTheHandlersOwnFailureThroughUntouched() throws Exception {
		Path file = write(new HSSFWorkbook(), "plan.xls");
		RowHandler failing = new RecordingRowHandler() {
			@Override
			public void row(SheetRow row) {
				throw new IllegalStateException("handler bug");
			}
		};

		assertThatThrownBy(() -> new XlsReader().read(file, failing)).isExactlyInstanceOf(IllegalStateException.class)
			.hasMessage("handler bug");
	}

	@Test
	void refusesAPasswordProtectedWorkbook() throws Exception {
		Path file;
		Biff8EncryptionKey.setCurrentUserPassword("secret");
		try {
			file = write(new HSSFWorkbook(), "secret.xls");
		}
		finally {
			Biff8EncryptionKey.setCurrentUserPassword(null);
		}

		assertThatThrownBy(() -> new XlsReader().read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining("密碼保護")
			.hasMessageContaining("移除密碼");
	}

	@Test
	void refusesGarbage() throws Exception {
		Path file = dir.resolve("garbage.xls");
		Files.write(file, "這不是活頁簿 not a workbook at all".getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> new XlsReader().read(file, new RecordingRowHandler()))
			.isInstanceOf(UnreadableSpreadsheetException.class)
			.hasMessageContaining(".xls");
	}

	@Test
	void refusesAnEmptyFileAndAnXlsxNamedXls() throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.xls"));
		Path renamed = Files.move(write(new XSSFWorkbook(), "real.xlsx"), dir.resolve("renamed.xls"));

		for (Path file : List.of(empty, renamed)) {
			assertThatThrownBy(() -> new XlsReader().read(file, new RecordingRowHandler()))
				.isInstanceOf(UnreadableSpreadsheetException.class)
				.hasMessageContaining("不是有效的 Excel 97-2003 活頁簿");
		}
	}

	/** The same content in either format, so the two readers can be compared. */
	private Path write(Workbook workbook, String name) throws IOException {
		try (workbook) {
			Sheet notes = workbook.createSheet("說明");
			notes.createRow(0).createCell(0).setCellValue("請勿讀取");
			Sheet data = workbook.createSheet("資料");

			CellStyle textFormat = style(workbook, "@");
			Row first = data.createRow(0);
			first.createCell(0).setCellValue("項目");
			first.createCell(1).setCellValue(12.5);
			Cell storedAsText = first.createCell(2);
			storedAsText.setCellStyle(textFormat);
			storedAsText.setCellValue("007");
			first.createCell(3).setCellValue(1234567890);
			first.createCell(4).setCellValue(0.1);

			Row dates = data.createRow(1);
			Cell day = dates.createCell(0);
			day.setCellValue(LocalDateTime.of(2018, 3, 5, 0, 0));
			day.setCellStyle(style(workbook, "yyyy-mm-dd"));
			Cell moment = dates.createCell(1);
			moment.setCellValue(LocalDateTime.of(2018, 3, 5, 10, 15, 30));
			moment.setCellStyle(style(workbook, "yyyy-mm-dd hh:mm"));
			// The same serial number without a date format stays a number
			dates.createCell(2).setCellValue(LocalDateTime.of(2018, 3, 5, 0, 0));

			// Row 2 has only styled blank cells, row 3 does not exist: neither is reported
			Row blank = data.createRow(2);
			blank.createCell(0).setCellStyle(textFormat);
			blank.createCell(3).setCellStyle(textFormat);

			Row formulas = data.createRow(4);
			formulas.createCell(0).setCellFormula("B1*2");
			formulas.createCell(1).setCellFormula("\"A\"&\"B\"");
			formulas.createCell(2).setCellFormula("1/0");
			formulas.createCell(3).setCellFormula("\"\"");
			formulas.createCell(4).setCellValue("後面");

			Row booleans = data.createRow(5);
			booleans.createCell(0).setCellValue(true);
			booleans.createCell(1).setCellValue(false);
			booleans.createCell(2).setCellFormula("1>0");

			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			Path file = dir.resolve(name);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			return file;
		}
	}

	private static CellStyle style(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

}
