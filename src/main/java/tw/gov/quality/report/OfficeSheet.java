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

/** One office's 附件一: its items grouped by strategy, with what it reported and what the checks found. */
final class OfficeSheet {

	static final int NOTE_ROW = 3;

	static final int HEADER_ROW = 4;

	static final List<String> COLUMNS = List.of("項次", "具體推動作法", "完成期限", "承辦單位", "年度目標", "累計辦理數量", "執行狀態", "完成日期",
			"執行情形", "備註", "檢核");

	static final int CHECK_COLUMN = COLUMNS.indexOf("檢核");

	private static final int[] WIDTHS = { 6, 34, 10, 15, 13, 8, 8, 12, 34, 14, 16 };

	/** A strategy heading spans the table: measured on one line, not by its first narrow column. */
	private static final float SECTION_HEIGHT = 20f;

	private final SupervisorReport report;

	private final ReportStyles styles;

	OfficeSheet(SupervisorReport report, ReportStyles styles) {
		this.report = report;
		this.styles = styles;
	}

	/** Writes the office's sheet into {@code sheet}, a part streamed into the workbook file. */
	void write(StreamedSheet sheet, OfficeReport office) throws IOException {
		writeHeading(sheet, office);
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(header, c, COLUMNS.get(c), styles.header());
		}
		RowHeights.fit(header, WIDTHS);
		int r = HEADER_ROW + 1;
		if (office.items().isEmpty()) {
			text(sheet.createRow(r), 0, "本年度無執行計畫項目。", styles.label());
		}
		for (Map.Entry<Integer, List<ItemReport>> group : office.itemsByStrategy().entrySet()) {
			writeSection(sheet, r++, strategy(office.plan(), group.getKey()));
			for (ItemReport item : group.getValue()) {
				writeItem(sheet.createRow(r++), item, office.state().submitted());
			}
		}
		sheet.finish(office.office().name() + "　" + ReportTexts.reportName(report.period()),
				ReportTexts.generated(report));
	}

	/** A new streamed sheet for an office, laid out as {@link #write} fills it. */
	static StreamedSheet begin(Writer out, SXSSFSheet rowFactory) throws IOException {
		return new StreamedSheet(out, rowFactory, WIDTHS, HEADER_ROW + 1);
	}

	private void writeHeading(StreamedSheet sheet, OfficeReport office) throws IOException {
		text(sheet.createRow(0), 0, office.office().name() + "　" + ReportTexts.reportName(report.period()),
				styles.title());
		Plan plan = office.plan();
		text(sheet.createRow(1), 0, "機關代碼：" + office.office().code() + "　機關名稱：" + office.office().name()
				+ (plan == null ? "" : "　計畫：" + plan.title()), styles.label());
		text(sheet.createRow(2), 0, "繳交狀態：" + ReportTexts.state(office) + "　收件時間："
				+ orDash(ReportTexts.dateTime(office.receivedAt())) + "　繳交期限：" + orDash(ReportTexts.dateTime(office.deadline())),
				styles.label());
		String note;
		if (!office.state().submitted()) {
			note = "【" + ReportTexts.NOT_SUBMITTED + "】" + office.state().label() + "：以下僅列出計畫項目，辦理情形空白。";
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
		text(row, 1, item.actionText(), styles.text());
		text(row, 2, item.deadline().text(), styles.text());
		text(row, 3, item.unitsText(), styles.text());
		text(row, 4, item.target() == null ? "" : item.target().labelWithAnnual(), styles.text());
		number(row, 5, reported == null ? null : reported.cumulative(), styles.number());
		text(row, 6, reported == null || reported.status() == null ? "" : reported.status().label(), styles.centred());
		text(row, 7, reported == null ? "" : ReportTexts.date(reported.completedOn()), styles.text());
		text(row, 8, reported == null ? "" : reported.description(), styles.text());
		text(row, 9, reported == null ? "" : reported.remark(), styles.text());
		text(row, 10, submitted ? ReportTexts.briefWarnings(report.warnings()) : ReportTexts.NOT_SUBMITTED,
				styles.text());
		RowHeights.fit(row, WIDTHS);
	}

	private static Strategy strategy(Plan plan, int number) {
		return plan == null ? new Strategy(number, "") : plan.strategy(number);
	}

	private static String orDash(String text) {
		return text.isEmpty() ? "—" : text;
	}

}
