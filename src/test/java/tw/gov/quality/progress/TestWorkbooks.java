package tw.gov.quality.progress;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.spreadsheet.XlsxReader;

/** Real .xlsx files for parser tests, written with XSSF and read back through the streaming reader. */
final class TestWorkbooks {

	private TestWorkbooks() {
	}

	interface Content {

		void write(XSSFWorkbook workbook) throws IOException;

	}

	/** A formula cell; its cached value is computed before the file is written. */
	record Formula(String formula) {
	}

	static Path write(Path file, Content content) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			content.write(workbook);
			return save(workbook, file);
		}
	}

	/** Opens an existing workbook, as an office opens its template, edits it and saves it under a new name. */
	static Path edit(Path source, Path file, Content content) throws IOException {
		try (InputStream in = Files.newInputStream(source); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			content.write(workbook);
			return save(workbook, file);
		}
	}

	private static Path save(XSSFWorkbook workbook, Path file) throws IOException {
		workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	/** Writes values from column A on a one-based row; {@code null} leaves a cell out. */
	static Row row(Sheet sheet, int rowNumber, Object... values) {
		Row row = sheet.getRow(rowNumber - 1) != null ? sheet.getRow(rowNumber - 1) : sheet.createRow(rowNumber - 1);
		for (int c = 0; c < values.length; c++) {
			if (values[c] != null) {
				set(row.getCell(c) != null ? row.getCell(c) : row.createCell(c), values[c]);
			}
		}
		return row;
	}

	/** Writes one cell, A1-style column letter, one-based row. */
	static void cell(Sheet sheet, String column, int rowNumber, Object value) {
		Row row = sheet.getRow(rowNumber - 1) != null ? sheet.getRow(rowNumber - 1) : sheet.createRow(rowNumber - 1);
		int index = column.charAt(0) - 'A';
		set(row.getCell(index) != null ? row.getCell(index) : row.createCell(index), value);
	}

	private static void set(Cell cell, Object value) {
		if (value instanceof String text) {
			cell.setCellValue(text);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(dateStyle(cell.getSheet().getWorkbook()));
		}
		else if (value instanceof Formula formula) {
			cell.setCellFormula(formula.formula());
		}
		else {
			throw new IllegalArgumentException("Unsupported cell value " + value);
		}
	}

	private static CellStyle dateStyle(Workbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
		return style;
	}

	static ProgressSheet parse(Path file) throws Exception {
		return parser(file).result();
	}

	static ProgressSheetParser parser(Path file) throws Exception {
		ProgressSheetParser parser = new ProgressSheetParser();
		new XlsxReader().read(file, parser);
		return parser;
	}

}
