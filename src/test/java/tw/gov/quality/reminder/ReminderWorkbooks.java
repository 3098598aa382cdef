package tw.gov.quality.reminder;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A 催繳清單 as the administrator reads it: every non-empty row, cells joined by " | ". */
final class ReminderWorkbooks {

	private ReminderWorkbooks() {
	}

	static List<String> lines(Path workbook) throws Exception {
		List<String> lines = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
			for (Row row : book.getSheet(ReminderWorkbook.SHEET)) {
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

	/** The rows below the column headers. */
	static List<String> rows(Path workbook) throws Exception {
		List<String> lines = lines(workbook);
		int header = lines.indexOf(String.join(" | ", ReminderWorkbook.COLUMNS));
		if (header < 0) {
			throw new AssertionError("no header row in " + lines);
		}
		return lines.subList(header + 1, lines.size());
	}

}
