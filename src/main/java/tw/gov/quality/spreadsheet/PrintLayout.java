package tw.gov.quality.spreadsheet;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** A4 landscape, fitted to the page width, header rows repeated, page x of y in the footer. */
public final class PrintLayout {

	/** Excel's footer codes: &P is the page, &N the number of pages. */
	public static final String FOOTER = "第 &P 頁，共 &N 頁";

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
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.6);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		if (firstHeaderRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
		}
		sheet.getHeader().setLeft(escape(headerText));
		if (headerRight != null) {
			sheet.getHeader().setRight(escape(headerRight));
		}
		sheet.getFooter().setCenter(FOOTER);
	}

	/** A lone & starts a header code ("&P"); names like 「A&B 分署」 must print as written. */
	public static String escape(String text) {
		return text == null ? "" : text.replace("&", "&&");
	}

}
