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

import tw.gov.quality.report.ReviewFormLines.Cell;
import tw.gov.quality.report.ReviewFormLines.Line;
import tw.gov.quality.report.ReviewFormLines.Lines;
import tw.gov.quality.report.ReviewFormLines.Look;
import tw.gov.quality.report.ReviewFormLines.Rows;

import static tw.gov.quality.report.ReviewFormLines.MIN_ROW_HEIGHT;
import static tw.gov.quality.report.ReviewFormLines.measured;
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

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private static final int SUBJECT_LENGTH = 60;

	private static final Look TEXT = Look.TEXT;

	private static final Look SECTION = Look.SECTION;

	private static final Look INPUT = Look.INPUT;

	static ReviewFormContent of(SupervisorReport report, OfficeReport office, LocalDateTime writtenAt) {
		List<TrackedItem> tracked = office.trackedToDecide(report.period());
		Lines lines = new Lines(measured(!tracked.isEmpty()));
		heading(lines, report, office, !tracked.isEmpty());
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

	private static void heading(Lines lines, SupervisorReport report, OfficeReport office, boolean tracking) {
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
				// On paper the 列管決定 drop-down does not show: the note says what to write there.
				tracking ? "「" + DRAFT + "」由系統草擬，可修改或刪除；黃色欄位由審查人填寫；列管事項請於「" + DECISION + "」寫明" + CLOSE
						+ "或" + KEEP + "。" : "「" + DRAFT + "」由系統依填報內容草擬，可逕行修改或刪除；黃色欄位由審查人填寫。" };
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


}
