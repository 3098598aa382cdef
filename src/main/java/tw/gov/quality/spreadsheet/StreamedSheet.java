package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * One worksheet part written straight to a writer, row by row, with no sheet object behind it: for a
 * workbook of thousands of similar sheets, where POI keeps tens of kilobytes per sheet until the
 * whole workbook is saved. Rows are POI rows (so {@link Cells} and {@link RowHeights} work on them)
 * serialised by SXSSF's own row writer as soon as the next one is started; the sheet has the page
 * layout {@link PrintLayout} gives, column widths and frozen header rows. Print titles are a workbook
 * name: the workbook that holds the part declares them ({@link #printTitles}).
 */
public final class StreamedSheet {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private final Writer out;

	private final SheetDataWriter rows;

	private final SXSSFSheet rowFactory;

	private final List<CellRangeAddress> merges = new ArrayList<>();

	private SXSSFRow pending;

	private int pendingIndex = -1;

	/**
	 * Writes the part's beginning.
	 *
	 * @param rowFactory any sheet of the workbook the part goes into: rows and cells are created
	 * against it (for its limits and styles) but never added to it
	 * @param widths column widths in characters
	 * @param frozenRows rows frozen at the top
	 */
	public StreamedSheet(Writer out, SXSSFSheet rowFactory, int[] widths, int frozenRows) throws IOException {
		this.out = out;
		this.rowFactory = rowFactory;
		this.rows = new SheetDataWriter(out);
		StringBuilder head = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"")
			.append(MAIN)
			.append("\" xmlns:r=\"")
			.append(RELATIONSHIPS)
			.append("\"><sheetPr><pageSetUpPr fitToPage=\"true\" autoPageBreaks=\"true\"/></sheetPr>")
			.append("<dimension ref=\"A1\"/><sheetViews><sheetView workbookViewId=\"0\">");
		if (frozenRows > 0) {
			head.append("<pane ySplit=\"")
				.append(frozenRows)
				.append("\" topLeftCell=\"A")
				.append(frozenRows + 1)
				.append("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>");
		}
		head.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/><cols>");
		for (int c = 0; c < widths.length; c++) {
			head.append("<col min=\"")
				.append(c + 1)
				.append("\" max=\"")
				.append(c + 1)
				.append("\" width=\"")
				.append(widths[c])
				.append(".0\" customWidth=\"true\"/>");
		}
		out.write(head.append("</cols><sheetData>").toString());
	}

	/** A new row below the previous one; the previous one is written now and can no longer change. */
	public Row createRow(int index) throws IOException {
		if (index <= pendingIndex) {
			throw new IllegalArgumentException("Row " + index + " comes after row " + pendingIndex);
		}
		writePending();
		pending = new SXSSFRow(rowFactory);
		pendingIndex = index;
		return pending;
	}

	public void addMergedRegion(CellRangeAddress region) {
		merges.add(region);
	}

	/**
	 * Writes the last row and the part's end, with {@link PrintLayout}'s page set-up.
	 *
	 * @param headerLeft left page header
	 * @param headerRight right page header, {@code null} for none
	 */
	public void finish(String headerLeft, String headerRight) throws IOException {
		writePending();
		StringBuilder tail = new StringBuilder("</sheetData>");
		if (!merges.isEmpty()) {
			tail.append("<mergeCells count=\"").append(merges.size()).append("\">");
			for (CellRangeAddress merge : merges) {
				tail.append("<mergeCell ref=\"").append(merge.formatAsString()).append("\"/>");
			}
			tail.append("</mergeCells>");
		}
		String header = "&L" + PrintLayout.escape(headerLeft)
				+ (headerRight == null ? "" : "&R" + PrintLayout.escape(headerRight));
		tail.append("<printOptions horizontalCentered=\"true\"/>")
			.append("<pageMargins bottom=\"0.5\" footer=\"0.25\" header=\"0.25\" left=\"0.3\" right=\"0.3\" top=\"0.5\"/>")
			.append("<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
			.append("<headerFooter><oddHeader>")
			.append(escapeXml(header))
			.append("</oddHeader><oddFooter>")
			.append(escapeXml("&C" + PrintLayout.FOOTER))
			.append("</oddFooter></headerFooter></worksheet>");
		out.write(tail.toString());
		out.flush();
	}

	/**
	 * The workbook name that repeats rows {@code first}..{@code last} (zero-based) of the sheet at
	 * {@code sheetIndex} on every printed page, as a {@code definedName} element.
	 */
	public static String printTitles(int sheetIndex, String sheetName, int first, int last) {
		return "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + sheetIndex + "\">"
				+ escapeXml(quoteSheetName(sheetName) + "!$" + (first + 1) + ":$" + (last + 1)) + "</definedName>";
	}

	/**
	 * The workbook name that prints only columns 0..{@code lastColumn} and rows 0..{@code lastRow}
	 * (zero-based) of the sheet at {@code sheetIndex}, as {@link PrintLayout#area} does for a POI sheet.
	 */
	public static String printArea(int sheetIndex, String sheetName, int lastColumn, int lastRow) {
		return "<definedName name=\"_xlnm.Print_Area\" localSheetId=\"" + sheetIndex + "\">"
				+ escapeXml(quoteSheetName(sheetName) + "!$A$1:$" + CellReference.convertNumToColString(lastColumn) + "$"
						+ (lastRow + 1))
				+ "</definedName>";
	}

	static String quoteSheetName(String name) {
		return "'" + name.replace("'", "''") + "'";
	}

	public static String escapeXml(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private void writePending() throws IOException {
		if (pending != null) {
			rows.writeRow(pendingIndex, pending);
			pending = null;
		}
	}

}
