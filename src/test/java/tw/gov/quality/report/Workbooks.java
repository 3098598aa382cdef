package tw.gov.quality.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.spreadsheet.PrintLayout;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading back what the report writers wrote, the way Excel will. */
final class Workbooks {

	private Workbooks() {
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The first row at or below {@code from} whose cell in {@code column} reads {@code value}. */
	static Row row(Sheet sheet, int from, int column, String value) {
		for (int r = from; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && value.equals(text(row.getCell(column)))) {
				return row;
			}
		}
		throw new AssertionError("no row with " + value + " in column " + column + " of " + sheet.getSheetName());
	}

	static String text(Cell cell) {
		return cell == null || cell.getCellType() != CellType.STRING ? null : cell.getStringCellValue();
	}

	static boolean blank(Cell cell) {
		return cell == null || cell.getCellType() == CellType.BLANK
				|| (cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty());
	}

	/** Six hex digits of the cell's solid fill, {@code null} if it has none. */
	static String fill(Cell cell) {
		XSSFColor colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
		return colour == null || colour.getRGB() == null ? null
				: HexFormat.of().withUpperCase().formatHex(colour.getRGB());
	}

	/** A4 landscape, one page wide, page x of y, and the report's headers. */
	static void assertPrintReady(XSSFSheet sheet, String headerLeft, String generated) {
		PrintSetup print = sheet.getPrintSetup();
		assertThat(print.getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
		assertThat(print.getLandscape()).as(sheet.getSheetName()).isTrue();
		assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
		assertThat(print.getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
		assertThat(print.getFitHeight()).as(sheet.getSheetName()).isZero();
		assertThat(sheet.getHeader().getLeft()).as(sheet.getSheetName()).contains(headerLeft);
		assertThat(sheet.getHeader().getRight()).as(sheet.getSheetName()).isEqualTo(generated);
		assertThat(sheet.getFooter().getCenter()).as(sheet.getSheetName())
			.isEqualTo(PrintLayout.FOOTER)
			.isEqualTo("第 &P 頁，共 &N 頁");
	}

	/** No cell anywhere in the workbook is a formula: nothing an office typed can run. */
	static void assertNoFormulas(XSSFWorkbook workbook) {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
						.isNotEqualTo(CellType.FORMULA);
				}
			}
		}
	}

}
