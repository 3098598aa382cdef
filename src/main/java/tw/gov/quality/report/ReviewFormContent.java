package tw.gov.quality.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellRangeAddress;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.review.ReviewFormLayout;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.spreadsheet.Cells;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;

import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * One office's 審查意見表 (seed 002, 附件二) as rows of texts and looks: a drafted finding per strategy and per
 * flagged item, the office's tracked items to decide, a sign-off. {@link ReviewFormModel} builds it with POI,
 * {@link ReviewFormWriter} streams it into a prepared layout; what is on the form is decided here once.
 *
 * @param tracking whether tracked items are to be decided (columns H and I shown)
 * @param lines the sheet's rows, in order
 * @param track the rows of the {@value ReviewFormLayout#TRACK} drop-down
 * @param decision the rows of the {@value ReviewFormLayout#DECISION} drop-down, {@code null} without tracked items
 * @param merges the sign-off's merged cells
 * @param lastRow the last printed row
 * @param identity the {@value ReviewFormLayout#IDENTITY_SHEET} sheet's key and value pairs
 */
record ReviewFormContent(boolean tracking, List<Line> lines, Rows track, Rows decision, List<CellRangeAddress> merges,
		int lastRow, String headerLeft, String headerRight, List<String[]> identity) {

	static final int HEADER_ROW = 5;

	/**
	 * Column A is hidden; B to G within {@link PrintLayout#PRINTED_WIDTH}: one page wide, body at 10 pt or more.
	 * H and I (the office's 辦理情形 and the decision on a tracked item) are hidden when no tracked item is to be
	 * decided.
	 */
	private static final int[] WIDTHS = { 10, 9, 22, 30, 26, 25, 6, 0, 0 };

	/** With tracked items to decide: B to I within the printed width. */
	private static final int[] WIDTHS_TRACKED = { 10, 7, 17, 23, 20, 20, 6, 17, 8 };

	/** Enough for two handwritten lines when the form is printed and filled in by hand. */
	static final float MIN_ROW_HEIGHT = 36f;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private static final int SUBJECT_LENGTH = 60;

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
	 * The widths a row's height is measured against: as set on the sheet (8 characters at least), a hidden
	 * column other than A (its header only, never printed) wide enough never to wrap.
	 */
	static int[] measured(boolean tracking) {
		int[] widths = widths(tracking);
		int[] measured = new int[widths.length];
		for (int c = 0; c < widths.length; c++) {
			measured[c] = c > KEY_COLUMN && widths[c] == 0 ? 1000 : Math.max(widths[c], 8);
		}
		return measured;
	}

	static ReviewFormContent of(SupervisorReport report, OfficeReport office, LocalDateTime writtenAt) {
		List<TrackedItem> tracked = office.trackedToDecide(report.period());
		Lines lines = new Lines(measured(!tracked.isEmpty()));
		heading(lines, report, office);
		int first = HEADER_ROW + 1;
		findings(lines, report, office);
		Rows track = new Rows(first, lines.next - 1, COLUMNS.indexOf(TRACK));
		int firstTracked = lines.next;
		for (TrackedItem item : tracked) {
			lines.add(List.of(TEXT, SECTION, SECTION, TEXT, INPUT, INPUT, TEXT, TEXT, INPUT), trackedKey(item.id()),
					"列管事項", item.opened().label() + "列管（" + item.itemLabel() + "）：" + item.request(),
					item.subject() == null ? "" : item.subject(), "", "", "", reply(item), "");
		}
		Rows decision = tracked.isEmpty() ? null : new Rows(firstTracked, lines.next - 1, COLUMNS.indexOf(DECISION));
		List<CellRangeAddress> merges = signOff(lines, lines.next + 1);
		return new ReviewFormContent(!tracked.isEmpty(), List.copyOf(lines.lines), track, decision, merges,
				lines.next - 1, office.office().name() + "　" + report.period().label() + "執行成果審查意見表　"
						+ ReportTexts.ANNEX_REVIEW,
				ReportTexts.generated(report, writtenAt),
				identity(report.supervisor().code(), office.office().code(), report.period(), report.generatedAt()));
	}

	private static final Look TEXT = Look.TEXT;

	private static final Look SECTION = Look.SECTION;

	private static final Look INPUT = Look.INPUT;

	private static void heading(Lines lines, SupervisorReport report, OfficeReport office) {
		// Column A is hidden, so everything visible starts in B.
		Double rate = office.completionRate();
		String[] texts = {
				report.supervisor().name() + "　" + report.period().label() + "提升服務品質執行成果審查意見表（附件二）",
				"受審機關：" + office.office().name() + "（" + office.office().code() + "）",
				"審查期間：" + report.period().label() + "（" + report.period().coverage() + "）　審查機關："
						+ report.supervisor().name(),
				"繳交狀態：" + ReportTexts.state(office) + "　收件時間："
						+ (office.receivedAt() == null ? "—" : ReportTexts.dateTime(office.receivedAt())) + "　完成率："
						+ (rate == null ? "—" : Math.round(rate * 100) + "%"),
				"「" + DRAFT + "」由系統依填報內容草擬，可逕行修改或刪除；黃色欄位由審查人填寫。" };
		Look[] looks = { Look.TITLE, Look.LABEL, Look.LABEL, Look.LABEL, Look.NOTE };
		for (int r = 0; r < texts.length; r++) {
			lines.lines.add(new Line(r, List.of(new Cell(1, texts[r], looks[r])), null));
		}
		List<Cell> header = new ArrayList<>();
		for (int c = 0; c < COLUMNS.size(); c++) {
			header.add(new Cell(c, COLUMNS.get(c), Look.HEADER));
		}
		// The hidden key column holds no header text worth a line: measure the visible ones.
		lines.lines.add(new Line(HEADER_ROW, header, RowHeights.points(COLUMNS.toArray(String[]::new), lines.measured)));
		lines.next = HEADER_ROW + 1;
	}

	private static void findings(Lines lines, SupervisorReport report, OfficeReport office) {
		String officeFinding = ReviewDrafts.office(office, report);
		if (officeFinding != null) {
			lines.finding(SECTION, OFFICE_KEY, "全機關", office.office().name(), officeFinding);
		}
		for (Map.Entry<Integer, List<ItemReport>> group : office.itemsByStrategy().entrySet()) {
			Strategy strategy = office.plan() == null ? new Strategy(group.getKey(), "")
					: office.plan().strategy(group.getKey());
			lines.finding(SECTION, strategyKey(strategy.number()), "實施要項", strategy.label(),
					ReviewDrafts.strategy(office, strategy, group.getValue()));
			for (ItemReport item : group.getValue()) {
				if (ReviewDrafts.flagged(item)) {
					lines.finding(TEXT, itemKey(item.item().code()), "項目", subject(item), ReviewDrafts.item(item));
				}
			}
		}
		lines.finding(SECTION, OVERALL_KEY, "綜合", "綜合審查意見", ReviewDrafts.overall(office));
	}

	private static String reply(TrackedItem item) {
		return item.reply() == null ? "（本季未填報辦理情形）"
				: item.reply() + (item.repliedOn() == null ? "" : "（" + RocDates.date(item.repliedOn()) + "）");
	}

	/** 評分, 審查人, 審查日期: label over B–C, the reviewer's cell over D–I. */
	private static List<CellRangeAddress> signOff(Lines lines, int first) {
		String[][] signs = { { SCORE_KEY, "評分" }, { REVIEWER_KEY, "審查人（簽章）" }, { REVIEW_DATE_KEY, "審查日期" } };
		List<CellRangeAddress> merges = new ArrayList<>();
		lines.next = first;
		for (String[] sign : signs) {
			int row = lines.next++;
			List<Cell> cells = new ArrayList<>(List.of(new Cell(KEY_COLUMN, sign[0], TEXT),
					new Cell(1, sign[1], Look.SIGN_LABEL), new Cell(2, null, Look.SIGN_LABEL)));
			for (int c = 3; c < COLUMNS.size(); c++) {
				cells.add(new Cell(c, "", INPUT));
			}
			lines.lines.add(new Line(row, cells, MIN_ROW_HEIGHT));
			merges.add(new CellRangeAddress(row, row, 1, 2));
			merges.add(new CellRangeAddress(row, row, 3, COLUMNS.size() - 1));
		}
		return merges;
	}

	/** Whose form it is: the {@value ReviewFormLayout#IDENTITY_SHEET} sheet's keys and values. */
	static List<String[]> identity(String supervisorCode, String officeCode, ReportingPeriod period,
			LocalDateTime generatedAt) {
		return List.of(new String[] { ID_FORM, FORM }, new String[] { ID_SUPERVISOR_CODE, supervisorCode },
				new String[] { ID_OFFICE_CODE, officeCode }, new String[] { ID_ROC_YEAR, String.valueOf(period.rocYear()) },
				new String[] { ID_QUARTER, String.valueOf(period.quarter()) },
				new String[] { ID_GENERATED_AT, STAMP.format(generatedAt) });
	}

	/** 1.3 聯合企業、社會團體辦理公益事務… */
	private static String subject(ItemReport item) {
		String action = item.item().action();
		if (action.length() > SUBJECT_LENGTH) {
			action = action.substring(0, SUBJECT_LENGTH) + "…";
		}
		return item.item().code() + " " + action;
	}

	/** The rows as they are added, each a screenful of text at most, fitted to its texts. */
	private static final class Lines {

		private final List<Line> lines = new ArrayList<>();

		private final int[] measured;

		private int next;

		Lines(int[] measured) {
			this.measured = measured;
		}

		/** @param heading grey for rows that sum up (office, strategy, overall), plain for single items */
		void finding(Look heading, String key, String category, String subject, String draft) {
			add(List.of(TEXT, heading, heading, INPUT, INPUT, INPUT, INPUT, TEXT, TEXT), key, category, subject, draft, "", "",
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

}
