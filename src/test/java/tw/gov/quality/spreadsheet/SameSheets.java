package tw.gov.quality.spreadsheet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A streamed sheet ({@link PreparedPackage}) held to the one its writer's POI builder makes: page set-up, column
 * widths, and every row's height and cells (type, value, style).
 */
public final class SameSheets {

	private SameSheets() {
	}

	/** @param columns how many columns' widths to compare */
	public static void assertSameSheet(Sheet got, Sheet want, int columns) {
		assertThat(got.getSheetName()).isEqualTo(want.getSheetName());
		assertThat(got.getHeader().getLeft()).isEqualTo(want.getHeader().getLeft());
		assertThat(got.getHeader().getRight()).isEqualTo(want.getHeader().getRight());
		assertThat(got.getFooter().getCenter()).isEqualTo(want.getFooter().getCenter());
		assertThat(got.getRepeatingRows()).isEqualTo(want.getRepeatingRows());
		assertThat(got.getPrintSetup().getLandscape()).isEqualTo(want.getPrintSetup().getLandscape());
		assertThat(got.getPrintSetup().getPaperSize()).isEqualTo(want.getPrintSetup().getPaperSize());
		assertThat(got.getFitToPage()).isEqualTo(want.getFitToPage());
		assertThat(got.getHorizontallyCenter()).isEqualTo(want.getHorizontallyCenter());
		for (int c = 0; c < columns; c++) {
			assertThat(got.getColumnWidth(c)).as("column %d", c).isEqualTo(want.getColumnWidth(c));
			assertThat(got.isColumnHidden(c)).as("column %d", c).isEqualTo(want.isColumnHidden(c));
		}
		assertThat(got.getLastRowNum()).isEqualTo(want.getLastRowNum());
		for (Row row : want) {
			Row other = got.getRow(row.getRowNum());
			assertThat(other).as("row %d", row.getRowNum()).isNotNull();
			assertThat(other.getHeightInPoints()).as("row %d", row.getRowNum()).isEqualTo(row.getHeightInPoints());
			assertThat(other.getLastCellNum()).isEqualTo(row.getLastCellNum());
			for (Cell cell : row) {
				Cell same = other.getCell(cell.getColumnIndex());
				String at = cell.getAddress().toString();
				assertThat(same.getCellType()).as(at).isEqualTo(cell.getCellType());
				if (cell.getCellType() == CellType.NUMERIC) {
					assertThat(same.getNumericCellValue()).as(at).isEqualTo(cell.getNumericCellValue());
				}
				else {
					assertThat(same.getStringCellValue()).as(at).isEqualTo(cell.getStringCellValue());
				}
				assertThat(same.getCellStyle().getIndex()).as(at).isEqualTo(cell.getCellStyle().getIndex());
			}
		}
	}

}
