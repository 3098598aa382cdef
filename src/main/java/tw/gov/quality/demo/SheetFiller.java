package tw.gov.quality.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static tw.gov.quality.progress.ProgressSheetLayout.*;

/**
 * Fills a generated template's input cells as a person in the office would, leaving everything else (the
 * protection, the drop-down, the hidden identity) as generated.
 */
final class SheetFiller {

	private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

	private SheetFiller() {
	}

	static void fill(Path file, DemoSubmission submission, Map<String, ItemText> texts) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			Row header = fillMetadata(sheet, submission)
				.orElseThrow(() -> new IllegalStateException(file + ": the template has no header row"));
			Map<String, Integer> columns = new HashMap<>();
			header.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
			Set<String> filled = new HashSet<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				Cell code = (row == null) ? null : row.getCell(columns.get(CODE));
				if (code == null || code.getCellType() != CellType.STRING) {
					continue;
				}
				ItemText item = texts.get(code.getStringCellValue());
				if (item == null) {
					throw new IllegalStateException(file + ": no text for item " + code.getStringCellValue());
				}
				fillItem(row, columns, item);
				filled.add(item.code());
			}
			if (!filled.equals(texts.keySet())) {
				throw new IllegalStateException(file + ": the template has no row for items of the texts");
			}
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
	}

	/** Fills 填表人, 聯絡電話 and 填報日期 above the table; the header row, if the sheet has one. */
	private static Optional<Row> fillMetadata(XSSFSheet sheet, DemoSubmission submission) {
		for (Row row : sheet) {
			String label = label(row);
			if (REPORTER.equals(label)) {
				text(row, 1, submission.reporter());
			}
			else if (PHONE.equals(label)) {
				text(row, 1, submission.phone());
			}
			else if (REPORT_DATE.equals(label)) {
				text(row, 1, submission.reportDate());
			}
			else if (CODE.equals(label)) {
				return Optional.of(row);
			}
		}
		return Optional.empty();
	}

	private static void fillItem(Row row, Map<String, Integer> columns, ItemText item) {
		text(row, columns.get(STATUS), item.status());
		cumulative(row, columns.get(CUMULATIVE), item.cumulative());
		if (item.completedOn() != null) {
			blank(row, columns.get(COMPLETED_ON)).setCellValue(item.completedOn());
		}
		text(row, columns.get(DESCRIPTION), item.description());
		text(row, columns.get(REMARK), item.remark());
	}

	private static String label(Row row) {
		Cell first = row.getCell(0);
		return (first == null || first.getCellType() != CellType.STRING) ? "" : first.getStringCellValue().strip();
	}

	/** A number as a number; anything else (「約10次」) as the text the person typed. */
	private static void cumulative(Row row, int column, String value) {
		if (NUMBER.matcher(value).matches()) {
			blank(row, column).setCellValue(new BigDecimal(value).doubleValue());
		}
		else {
			text(row, column, value);
		}
	}

	private static void text(Row row, int column, String value) {
		Cell cell = blank(row, column);
		if (!value.isEmpty()) {
			cell.setCellValue(value);
		}
	}

	private static Cell blank(Row row, int column) {
		Cell cell = (row.getCell(column) != null) ? row.getCell(column) : row.createCell(column);
		// SXSSF wrote the template's cells as inline strings; XSSF would keep the old inline text next to a new value.
		cell.setBlank();
		return cell;
	}

}
