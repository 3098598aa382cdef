package tw.gov.quality.ingest;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A receipt as the office reads it: every non-empty row, cells joined by " | ". */
final class Receipts {

	private Receipts() {
	}

	static List<String> lines(String receiptPath) throws Exception {
		List<String> lines = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(Path.of(receiptPath)); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			for (Row row : workbook.getSheet(ReceiptWriter.SHEET)) {
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					String text = formatter.formatCellValue(cell);
					if (!text.isBlank()) {
						cells.add(text);
					}
				}
				if (!cells.isEmpty()) {
					lines.add(String.join(" | ", cells));
				}
			}
		}
		return lines;
	}

	static String text(String receiptPath) throws Exception {
		return String.join("\n", lines(receiptPath));
	}

}
