package tw.gov.quality.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

import tw.gov.quality.spreadsheet.Cells;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;

import static tw.gov.quality.review.ReviewFormLayout.KEY_COLUMN;

/** A review form's rows as {@link ReviewFormContent} lays them out: cells of text and looks, heights, widths. */
final class ReviewFormLines {

	/**
	 * Column A is hidden; B to G within {@link PrintLayout#PRINTED_WIDTH}: one page wide, body at 10 pt or more.
	 * H and I (the office's 辦理情形 and the decision on a tracked item) are hidden when no tracked item is to be
	 * decided.
	 */
	private static final int[] WIDTHS = { 10, 9, 22, 30, 26, 25, 6, 0, 0 };

	/** With tracked items to decide: B to I within the printed width. */
	private static final int[] WIDTHS_TRACKED = { 10, 7, 17, 23, 20, 20, 6, 17, 8 };

	/**
	 * Characters a wrapped line loses where LibreOffice keeps a date or a time whole or moves punctuation: counted
	 * out of each column of a form with tracked items (narrower columns), so that the estimated row height holds
	 * the last line (printed, it was cut off). The form without them keeps its one page.
	 */
	private static final int WRAP_SLACK = 2;

	/** Enough for two handwritten lines when the form is printed and filled in by hand. */
	static final float MIN_ROW_HEIGHT = 36f;

	/** A cell's look: each is one style of {@link ReportStyles}. */
	enum Look {
		TITLE, LABEL, NOTE, HEADER, TEXT, SECTION, INPUT, SIGN_LABEL
	}

	/** @param text {@code null} for a cell with its look and no value */
	record Cell(int column, String text, Look look) {
	}

	/** @param height in points, {@code null} for the default */
	record Line(int row, List<Cell> cells, Float height) {
	}

	/** Rows {@code first} to {@code last} of one column. */
	record Rows(int first, int last, int column) {

		CellRangeAddress range() {
			return new CellRangeAddress(first, last, column, column);
		}

	}

	/** Column widths in characters: zero is a hidden column. */
	static int[] widths(boolean tracking) {
		return tracking ? WIDTHS_TRACKED : WIDTHS;
	}

	/**
	 * The widths a row's height is measured against: as set on the sheet (8 characters at least), less
	 * {@value #WRAP_SLACK} on a form with tracked items; a hidden column other than A (its header only, never
	 * printed) wide enough never to wrap.
	 */
	static int[] measured(boolean tracking) {
		int[] widths = widths(tracking);
		int slack = tracking ? WRAP_SLACK : 0;
		int[] measured = new int[widths.length];
		for (int c = 0; c < widths.length; c++) {
			measured[c] = c > KEY_COLUMN && widths[c] == 0 ? 1000 : Math.max(widths[c], 8) - slack;
		}
		return measured;
	}

	/** The rows as they are added, each a screenful of text at most, fitted to its texts. */
	static final class Lines {

		final List<Line> lines = new ArrayList<>();

		final int[] measured;

		int next;

		Lines(int[] measured) {
			this.measured = measured;
		}

		/** @param heading grey for rows that sum up (office, strategy, overall), plain for single items */
		void finding(Look heading, String key, String category, String subject, String draft) {
			add(List.of(Look.TEXT, heading, heading, Look.INPUT, Look.INPUT, Look.INPUT, Look.INPUT, Look.TEXT, Look.TEXT), key, category, subject, draft, "", "",
					"", "", "");
		}

		/** One row's cells from column A on, at least two handwritten lines high. */
		void add(List<Look> looks, String... texts) {
			List<Cell> cells = new ArrayList<>(texts.length);
			for (int c = 0; c < texts.length; c++) {
				texts[c] = texts[c] == null ? null : Cells.limited(texts[c]);
				cells.add(new Cell(c, texts[c], looks.get(c)));
			}
			lines.add(new Line(next++, cells, Math.max(MIN_ROW_HEIGHT, RowHeights.points(texts, measured))));
		}

	}

	private ReviewFormLines() {
	}

}
