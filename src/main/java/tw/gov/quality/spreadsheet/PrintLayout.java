package tw.gov.quality.spreadsheet;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A4 landscape, fitted to the page width, header rows repeated, page x of y in the footer.
 * <p>
 * Fitting shrinks a sheet wider than the paper, so every writer keeps its printed columns within
 * {@link #PRINTED_WIDTH} character units: then 11 pt body text prints at 10 pt or more (LibreOffice
 * with its default fonts measures a unit at about 7 pt; Excel with Calibri at about 5.5 pt).
 */
public final class PrintLayout {

	/** Excel's footer codes: &P is the page, &N the number of pages. */
	public static final String FOOTER = "第 &P 頁，共 &N 頁";

	/** The widest sheet, in column-width characters, that still prints its 11 pt text at 10 pt or more. */
	public static final int PRINTED_WIDTH = 118;

	private PrintLayout() {
	}

	/**
	 * @param firstHeaderRow zero-based first row to repeat on every page
	 * @param lastHeaderRow zero-based last row to repeat on every page
	 * @param headerText left header, e.g. office and period
	 */
	public static void apply(Sheet sheet, int firstHeaderRow, int lastHeaderRow, String headerText) {
		apply(sheet, firstHeaderRow, lastHeaderRow, headerText, null);
	}

	/**
	 * @param headerRight right header, e.g. when a report was generated; {@code null} for none
	 */
	public static void apply(Sheet sheet, int firstHeaderRow, int lastHeaderRow, String headerText,
			String headerRight) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, 0.3);
		sheet.setMargin(Sheet.RightMargin, 0.3);
		sheet.setMargin(Sheet.TopMargin, 0.5);
		sheet.setMargin(Sheet.BottomMargin, 0.5);
		sheet.setMargin(Sheet.HeaderMargin, 0.25);
		sheet.setMargin(Sheet.FooterMargin, 0.25);
		if (firstHeaderRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
		}
		sheet.getHeader().setLeft(escape(headerText));
		if (headerRight != null) {
			sheet.getHeader().setRight(escape(headerRight));
		}
		sheet.getFooter().setCenter(FOOTER);
	}

	/**
	 * Prints only columns 0 to {@code lastColumn} and rows 0 to {@code lastRow}: nothing stray to the right
	 * or below widens or lengthens the printout.
	 */
	public static void area(Sheet sheet, int lastColumn, int lastRow) {
		sheet.getWorkbook()
			.setPrintArea(sheet.getWorkbook().getSheetIndex(sheet), 0, lastColumn, 0, Math.max(0, lastRow));
	}

	/** The sum of column widths, for writers to check against {@link #PRINTED_WIDTH}. */
	public static int width(int[] widths) {
		int sum = 0;
		for (int width : widths) {
			sum += width;
		}
		return sum;
	}

	/** A lone & starts a header code ("&P"); names like 「A&B 分署」 must print as written. */
	public static String escape(String text) {
		return text == null ? "" : text.replace("&", "&&");
	}

}
