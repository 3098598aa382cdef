package tw.gov.quality.review;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import static tw.gov.quality.review.ReviewFormLayout.*;

/** A reviewer at work: opens a written 審查意見表 with POI, types into it (or tampers with it) and saves it. */
final class FilledReviewForm implements AutoCloseable {

	private static final DataFormatter FORMAT = new DataFormatter();

	final XSSFWorkbook workbook;

	final XSSFSheet sheet;

	private final Map<String, Integer> columns = new LinkedHashMap<>();

	private int headerRow = -1;

	FilledReviewForm(Path form) throws Exception {
		try (InputStream in = Files.newInputStream(form)) {
			workbook = new XSSFWorkbook(in);
		}
		sheet = workbook.getSheet(SHEET);
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (KEY.equals(FORMAT.formatCellValue(cell))) {
					headerRow = row.getRowNum();
				}
			}
			if (headerRow >= 0) {
				row.forEach(cell -> columns.put(FORMAT.formatCellValue(cell), cell.getColumnIndex()));
				break;
			}
		}
	}

	Row row(String key) {
		for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(KEY_COLUMN) != null && key.equals(FORMAT.formatCellValue(row.getCell(KEY_COLUMN)))) {
				return row;
			}
		}
		throw new AssertionError("no row " + key);
	}

	boolean has(String key) {
		try {
			row(key);
			return true;
		}
		catch (AssertionError ex) {
			return false;
		}
	}

	int column(String label) {
		Integer column = columns.get(label);
		if (column == null) {
			throw new AssertionError("no column " + label + " in " + columns.keySet());
		}
		return column;
	}

	FilledReviewForm write(String key, String label, String text) {
		cell(row(key), column(label)).setCellValue(text);
		return this;
	}

	FilledReviewForm opinion(String key, String opinion, String suggestion) {
		write(key, OPINION, opinion);
		return suggestion == null ? this : write(key, SUGGESTION, suggestion);
	}

	/** Sign-off rows take their value right of the label (merged D–F). */
	FilledReviewForm signOff(String key, String text) {
		cell(row(key), column(DRAFT)).setCellValue(text);
		return this;
	}

	FilledReviewForm score(double score) {
		cell(row(SCORE_KEY), column(DRAFT)).setCellValue(score);
		return this;
	}

	FilledReviewForm signed(String reviewer, String date) {
		return signOff(REVIEWER_KEY, reviewer).signOff(REVIEW_DATE_KEY, date);
	}

	FilledReviewForm identity(String key, String value) {
		XSSFSheet identity = workbook.getSheet(IDENTITY_SHEET);
		for (Row row : identity) {
			if (key.equals(FORMAT.formatCellValue(row.getCell(0)))) {
				row.getCell(1).setCellValue(value);
				return this;
			}
		}
		throw new AssertionError("no identity " + key);
	}

	Path saveAs(Path target) throws Exception {
		Files.createDirectories(target.getParent());
		try (OutputStream out = Files.newOutputStream(target)) {
			workbook.write(out);
		}
		return target;
	}

	private static Cell cell(Row row, int column) {
		Cell cell = row.getCell(column);
		return cell == null ? row.createCell(column) : cell;
	}

	@Override
	public void close() throws Exception {
		workbook.close();
	}

}
