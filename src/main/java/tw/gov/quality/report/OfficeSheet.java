package tw.gov.quality.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.StreamedSheet;
import tw.gov.quality.validation.ReportedItem;

import static tw.gov.quality.spreadsheet.Cells.number;
import static tw.gov.quality.spreadsheet.Cells.text;

/**
 * One office's 附件一, kept to what a reviewer signs on paper: the office's state and counts, then in full
 * (grouped by strategy) only the items to be read, those not 已完成 or 持續辦理 or with a warning, and the
 * others in a few lines with their state, date and figure against the target ({@link SettledItems}). Every
 * item's whole 執行情形 and 備註 is in the annex {@link ExecutionTextsAnnex}, which the sheet names. The plan's
 * own texts (具體推動作法, 完成期限, 承辦單位, 預期效益) print once, on {@link PlanItemsSheet}.
 */
final class OfficeSheet {

	static final int NOTE_ROW = 3;

	static final int HEADER_ROW = 4;

	/** 項次 and a short label (the plan's texts are on {@link PlanItemsSheet}), then what the office reported. */
	static final List<String> COLUMNS = List.of("項次", "項目", "執行狀態", "完成日期", "累計辦理數量", "年度目標", "執行情形", "備註",
			"檢核");

	static final int CHECK_COLUMN = COLUMNS.indexOf("檢核");

	/** Within {@link tw.gov.quality.spreadsheet.PrintLayout#PRINTED_WIDTH}: one page wide, body at 10 pt or more; texts wrap. */
	private static final int[] WIDTHS = { 5, 13, 8, 8, 5, 7, 50, 15, 7 };

	/** The short label's length in characters: two lines of its column; the whole text is on the plan's sheet. */
	static final int LABEL_LENGTH = 12;

	/** A strategy heading spans the table: measured on one line, not by its first narrow column. */
	private static final float SECTION_HEIGHT = 20f;

	private final SupervisorReport report;

	private final ReportStyles styles;

	/** 資料截至 and 產製時間, for the page header */
	private final String stamp;

	/** The annex's file name, where every text prints whole */
	private final String annexName;

	OfficeSheet(SupervisorReport report, ReportStyles styles, String stamp, String annexName) {
		this.report = report;
		this.styles = styles;
		this.stamp = stamp;
		this.annexName = annexName;
	}

	/**
	 * Writes the office's sheet into {@code sheet}, a part streamed into the workbook file.
	 *
	 * @return what the workbook declares for the sheet: its print area and whether its header row repeats
	 */
	Printed write(StreamedSheet sheet, OfficeReport office, String planSheet) throws IOException {
		writeHeading(sheet, office, planSheet);
		if (!office.state().submitted()) {
			// One line says it all (written by writeHeading); pages of empty plan rows would not.
			sheet.finish(headerLeft(office), stamp);
			return new Printed(COLUMNS.size() - 1, NOTE_ROW, false);
		}
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(header, c, COLUMNS.get(c), styles.header());
		}
		RowHeights.fit(header, WIDTHS);
		int r = HEADER_ROW + 1;
		if (office.items().isEmpty()) {
			text(sheet.createRow(r++), 0, "本年度無執行計畫項目。", styles.label());
		}
		for (Map.Entry<Integer, List<ItemReport>> group : office.itemsByStrategy().entrySet()) {
			List<ItemReport> toRead = group.getValue().stream().filter(item -> !item.settled()).toList();
			if (!toRead.isEmpty()) {
				writeSection(sheet, r++, strategy(office.plan(), group.getKey()));
			}
			for (ItemReport item : toRead) {
				writeItem(sheet.createRow(r++), item, office.state().submitted());
			}
		}
		r = new SettledItems(office.items()).write(sheet, r, styles, annexName);
		sheet.finish(headerLeft(office), stamp);
		return new Printed(COLUMNS.size() - 1, Math.max(r - 1, HEADER_ROW + 1), true);
	}

	/**
	 * How an office sheet prints.
	 *
	 * @param lastColumn the print area's last column, zero-based
	 * @param lastRow the print area's last row, zero-based
	 * @param titled whether the header row repeats on every page (an office that sent nothing has none)
	 */
	record Printed(int lastColumn, int lastRow, boolean titled) {
	}

	/** A new streamed sheet for an office, laid out as {@link #write} fills it. */
	static StreamedSheet begin(Writer out, SXSSFSheet rowFactory) throws IOException {
		return new StreamedSheet(out, rowFactory, WIDTHS, HEADER_ROW + 1);
	}

	private void writeHeading(StreamedSheet sheet, OfficeReport office, String planSheet) throws IOException {
		text(sheet.createRow(0), 0, office.office().name() + "　" + ReportTexts.reportName(report.period()),
				styles.title());
		Plan plan = office.plan();
		text(sheet.createRow(1), 0, "機關代碼：" + office.office().code() + "　機關名稱：" + office.office().name()
				+ (plan == null ? "" : "　計畫：" + plan.title())
				+ (planSheet == null ? "" : "（計畫內容見工作表「" + planSheet + "」）"),
				styles.label());
		text(sheet.createRow(2), 0, "繳交狀態：" + ReportTexts.state(office) + "　收件時間："
				+ orDash(ReportTexts.dateTime(office.receivedAt())) + "　繳交期限：" + orDash(ReportTexts.dateTime(office.deadline())),
				styles.label());
		String note;
		if (!office.state().submitted()) {
			note = "【" + ReportTexts.NOT_SUBMITTED + "】" + office.state().label() + "（繳交期限 "
					+ orDash(ReportTexts.dateTime(office.deadline())) + "）：計畫項目 " + office.total() + " 項，本季無可採用之辦理情形。";
		}
		else {
			Double rate = office.completionRate();
			note = "項目 " + office.total() + " 項：" + ReportTexts.statusCounts(office.items()) + "；落後進度 "
					+ office.behindPace() + " 項、逾期 " + office.overdue() + " 項；完成率 "
					+ (rate == null ? "—" : Math.round(rate * 100) + "%");
		}
		text(sheet.createRow(NOTE_ROW), 0, note, styles.label());
	}

	private void writeSection(StreamedSheet sheet, int r, Strategy strategy) throws IOException {
		Row row = sheet.createRow(r);
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(row, c, c == 0 ? strategy.label() : null, styles.section());
		}
		sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS.size() - 1));
		row.setHeightInPoints(SECTION_HEIGHT);
	}

	private void writeItem(Row row, ItemReport report, boolean submitted) {
		PlanItem item = report.item();
		ReportedItem reported = report.reported();
		text(row, 0, item.code(), styles.centred());
		text(row, 1, label(item), styles.text());
		text(row, 2, reported == null || reported.status() == null ? "" : reported.status().label(), styles.centred());
		text(row, 3, reported == null ? "" : ReportTexts.date(reported.completedOn()), styles.text());
		number(row, 4, reported == null ? null : reported.cumulative(), styles.number());
		// Short (每月2次): the year's total is on the plan's sheet; a wide 執行情形 keeps the rows low.
		text(row, 5, item.target() == null ? "" : item.target().label(), styles.text());
		text(row, 6, reported == null ? "" : reported.description(), styles.text());
		text(row, 7, reported == null ? "" : reported.remark(), styles.text());
		text(row, 8, submitted ? ReportTexts.briefWarnings(report.warnings()) : ReportTexts.NOT_SUBMITTED,
				styles.text());
		RowHeights.fit(row, WIDTHS);
	}

	/** The office and the quarter first (the reader looks for the office), then 附件一. */
	private String headerLeft(OfficeReport office) {
		return office.office().name() + "　" + ReportTexts.reportName(report.period()) + "　" + ReportTexts.ANNEX_REPORT;
	}

	/**
	 * The item's 實施要項 text as a label to find it by, cut to {@link #LABEL_LENGTH} characters with 「…」:
	 * the plan's whole text prints on its {@link PlanItemsSheet}.
	 */
	static String label(PlanItem item) {
		String action = item.action() == null ? "" : item.action().strip();
		int newline = action.indexOf('\n');
		String first = newline < 0 ? action : action.substring(0, newline);
		if (first.codePointCount(0, first.length()) <= LABEL_LENGTH && newline < 0) {
			return first;
		}
		int cut = first.offsetByCodePoints(0, Math.min(LABEL_LENGTH - 1, first.codePointCount(0, first.length())));
		return first.substring(0, cut) + "…";
	}

	private static Strategy strategy(Plan plan, int number) {
		return plan == null ? new Strategy(number, "") : plan.strategy(number);
	}

	private static String orDash(String text) {
		return text.isEmpty() ? "—" : text;
	}

}
