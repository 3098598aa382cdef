package tw.gov.quality.demo;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import static tw.gov.quality.review.ReviewFormLayout.*;

/** A reviewer's pen on a 審查意見表: a cell found by its row's hidden key and its column's label, then written. */
final class ReviewFormCells {

	private static final DataFormatter FORMAT = new DataFormatter();

	private ReviewFormCells() {
	}

	static int column(Sheet sheet, String label) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (label.equals(FORMAT.formatCellValue(cell)) && row.getCell(KEY_COLUMN) != null
						&& KEY.equals(FORMAT.formatCellValue(row.getCell(KEY_COLUMN)))) {
					return cell.getColumnIndex();
				}
			}
		}
		throw new IllegalStateException("review form without column " + label);
	}

	static void write(Sheet sheet, String key, String label, String text) {
		for (Row row : sheet) {
			if (key.equals(FORMAT.formatCellValue(row.getCell(KEY_COLUMN)))) {
				cell(row, column(sheet, label)).setCellValue(text);
				return;
			}
		}
		// A row the form does not have (no such strategy this quarter): nothing to write.
	}

	static void signOff(Sheet sheet, String key, Object value) {
		for (Row row : sheet) {
			if (key.equals(FORMAT.formatCellValue(row.getCell(KEY_COLUMN)))) {
				Cell cell = cell(row, column(sheet, DRAFT));
				if (value instanceof Number number) {
					cell.setCellValue(number.doubleValue());
				}
				else {
					cell.setCellValue(String.valueOf(value));
				}
				return;
			}
		}
	}

	static Cell cell(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? row.createCell(column) : cell;
	}

}
