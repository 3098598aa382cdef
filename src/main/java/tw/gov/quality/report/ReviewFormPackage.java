package tw.gov.quality.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.review.ReviewFormLayout;
import tw.gov.quality.spreadsheet.PreparedPackage;
import tw.gov.quality.spreadsheet.PreparedPackage.Template;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.SheetXml;
import tw.gov.quality.spreadsheet.StringTable;

/**
 * A review form's package as POI writes it for a sample form (prepared once per writer, see {@link ReviewFormWriter}),
 * its two sheets cut at their rows, its merged cells, drop-down ranges and
 * page header, its print area; the number of each look's style.
 */
record ReviewFormPackage(PreparedPackage parts, Template form, Template identity, Template workbook,
		Map<ReviewFormLines.Look, Integer> styles) {

	private static final String FORM_PART = PreparedPackage.sheetPart(0);

	private static final String IDENTITY_PART = PreparedPackage.sheetPart(1);

	private static final String MERGES = "QPREVIEWMERGESMARK";

	private static final String TRACK_ROWS = "QPREVIEWTRACKMARK";

	private static final String DECISION_ROWS = "QPREVIEWDECISIONMARK";

	private static final String HEADER_LEFT = "QPREVIEWHEADERLEFTMARK";

	private static final String HEADER_RIGHT = "QPREVIEWHEADERRIGHTMARK";

	private static final Pattern MERGE_CELLS = Pattern.compile("<mergeCells[^>]*>.*?</mergeCells>");

	private static final Pattern SQREF = Pattern.compile(" sqref=\"[^\"]*\"");

	static ReviewFormPackage prepare(boolean tracking) {
		ReviewFormContent sample = sample(tracking);
		ReviewFormModel model = ReviewFormModel.build(sample);
		try (XSSFWorkbook workbook = model.workbook()) {
			PreparedPackage parts = PreparedPackage.of(workbook);
			String form = marked(parts.sheet(FORM_PART), tracking);
			List<String> marks = tracking
					? List.of(PreparedPackage.ROWS, MERGES, TRACK_ROWS, DECISION_ROWS, HEADER_LEFT, HEADER_RIGHT)
					: List.of(PreparedPackage.ROWS, MERGES, TRACK_ROWS, HEADER_LEFT, HEADER_RIGHT);
			return new ReviewFormPackage(parts, Template.of(form, marks.toArray(String[]::new)),
					Template.of(parts.sheet(IDENTITY_PART), PreparedPackage.ROWS),
					Template.of(parts.text(PreparedPackage.WORKBOOK_PART), printArea(sample)), model.styles());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The form sheet as POI wrote it, its merged cells and drop-down ranges replaced by marks. */
	private static String marked(String sheet, boolean tracking) {
		Matcher ranges = SQREF.matcher(MERGE_CELLS.matcher(sheet).replaceFirst(MERGES));
		StringBuilder marked = new StringBuilder();
		for (String mark : tracking ? List.of(TRACK_ROWS, DECISION_ROWS) : List.of(TRACK_ROWS)) {
			if (!ranges.find()) {
				throw new IllegalStateException("POI wrote a review form without its drop-downs");
			}
			ranges.appendReplacement(marked, " sqref=\"" + mark + "\"");
		}
		return ranges.appendTail(marked).toString();
	}

	/** A form with one finding, one tracked item if {@code tracking}, the sign-off and marks for the header. */
	private static ReviewFormContent sample(boolean tracking) {
		int row = ReviewFormContent.HEADER_ROW + 1;
		ReviewFormLines.Rows decision = tracking
				? new ReviewFormLines.Rows(row + 1, row + 1, ReviewFormLayout.COLUMNS.indexOf(ReviewFormLayout.DECISION))
				: null;
		int signOff = row + (tracking ? 3 : 2);
		return new ReviewFormContent(tracking,
				List.of(new ReviewFormLines.Line(row, List.of(new ReviewFormLines.Cell(0, "x",
						ReviewFormLines.Look.TEXT)), null)),
				new ReviewFormLines.Rows(row, row, ReviewFormLayout.COLUMNS.indexOf(ReviewFormLayout.TRACK)), decision,
				List.of(new CellRangeAddress(signOff, signOff, 1, 2)), signOff, HEADER_LEFT, HEADER_RIGHT,
				ReviewFormContent.identity("X", "X", new ReportingPeriod(100, 1), LocalDateTime.of(2000, 1, 1, 0, 0)));
	}

	void write(ReviewFormContent content, OutputStream target) throws IOException {
		StringTable strings = new StringTable();
		parts.write(target, Map.of(FORM_PART, out -> writeForm(content, new SheetXml(out, strings)), IDENTITY_PART,
				out -> writeIdentity(content, new SheetXml(out, strings)), PreparedPackage.STRINGS_PART, strings::write,
				PreparedPackage.WORKBOOK_PART, out -> new SheetXml(out, null).raw(workbook.piece(0))
					.raw(printArea(content))
					.raw(workbook.piece(1))
					.flush()));
	}

	private void writeForm(ReviewFormContent content, SheetXml xml) throws IOException {
		int piece = 0;
		xml.raw(form.piece(piece++));
		for (ReviewFormLines.Line line : content.lines()) {
			xml.row(line.row(), line.height());
			for (ReviewFormLines.Cell cell : line.cells()) {
				int style = styles.get(cell.look());
				if (cell.text() == null) {
					xml.blank(cell.column(), style);
				}
				else {
					xml.text(cell.column(), style, cell.text());
				}
			}
			xml.endRow();
		}
		xml.raw(form.piece(piece++)).raw("<mergeCells count=\"" + content.merges().size() + "\">");
		for (CellRangeAddress merge : content.merges()) {
			xml.raw("<mergeCell ref=\"" + merge.formatAsString() + "\"/>");
		}
		xml.raw("</mergeCells>").raw(form.piece(piece++)).raw(content.track().range().formatAsString());
		if (content.decision() != null) {
			xml.raw(form.piece(piece++)).raw(content.decision().range().formatAsString());
		}
		xml.raw(form.piece(piece++)).escaped(PrintLayout.escape(content.headerLeft()));
		xml.raw(form.piece(piece++)).escaped(PrintLayout.escape(content.headerRight()));
		xml.raw(form.piece(piece)).flush();
	}

	private void writeIdentity(ReviewFormContent content, SheetXml xml) throws IOException {
		xml.raw(identity.piece(0));
		for (int i = 0; i < content.identity().size(); i++) {
			xml.row(i, null).text(0, 0, content.identity().get(i)[0]).text(1, 0, content.identity().get(i)[1]).endRow();
		}
		xml.raw(identity.piece(1)).flush();
	}

	/** The print area's reference in the workbook part, set per form. */
	private static String printArea(ReviewFormContent form) {
		return "$A$1:$" + CellReference.convertNumToColString(ReviewFormLayout.COLUMNS.size() - 1) + "$" + (form.lastRow() + 1)
				+ "<";
	}

}
