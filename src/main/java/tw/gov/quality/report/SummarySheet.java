package tw.gov.quality.report;

import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;

import static tw.gov.quality.spreadsheet.Cells.number;
import static tw.gov.quality.spreadsheet.Cells.text;

/** 總表: the tree's headline figures, then one line per office. */
final class SummarySheet {

	static final String NAME = "總表";

	static final int TOTALS_HEADER_ROW = 3;

	static final List<String> TOTALS = List.of("應繳機關數", "已繳機關數", "準時繳交", "逾期繳交", "未繳機關數", "繳交率", "準時率");

	static final int TABLE_HEADER_ROW = 6;

	static final int FIRST_OFFICE_ROW = TABLE_HEADER_ROW + 1;

	static final List<String> COLUMNS = List.of("機關代碼", "機關名稱", "繳交狀態", "收件時間", "逾期時間", "項目數", "已完成",
			"執行中", "持續辦理", "未開始", "不適用", "落後進度", "逾期項目", "警告數", "完成率");

	static final int NAME_COLUMN = COLUMNS.indexOf("機關名稱");

	static final int RATE_COLUMN = COLUMNS.indexOf("完成率");

	static final String TOTAL = "合計";

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide, body at 10 pt or more; headers wrap. */
	private static final int[] WIDTHS = { 8, 25, 6, 21, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6 };

	private static final ItemStatus[] COUNTED = { ItemStatus.COMPLETED, ItemStatus.IN_PROGRESS, ItemStatus.ONGOING,
			ItemStatus.NOT_STARTED, ItemStatus.NOT_APPLICABLE };

	private final SupervisorReport report;

	private final ReportStyles styles;

	/** 資料截至 and 產製時間, for the page header */
	private final String stamp;

	SummarySheet(SupervisorReport report, ReportStyles styles, String stamp) {
		this.report = report;
		this.styles = styles;
		this.stamp = stamp;
	}

	/** @param officeSheets each office's own sheet, in the report's office order, for the links */
	void write(SXSSFWorkbook workbook, List<String> officeSheets) {
		Sheet sheet = workbook.createSheet(NAME);
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		text(sheet.createRow(0), 0, report.supervisor().name() + "　" + ReportTexts.reportName(report.period()),
				styles.title());
		text(sheet.createRow(1), 0, stamp + "　" + ReportTexts.RATE_DEFINITION, styles.note());
		text(sheet.createRow(2), 0, "項目數含未繳機關之計畫項目；各狀態、落後進度、逾期項目、警告數與完成率僅計已繳機關。", styles.note());
		writeTotals(sheet);
		Row header = sheet.createRow(TABLE_HEADER_ROW);
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(header, c, COLUMNS.get(c), styles.header());
		}
		RowHeights.fit(header, WIDTHS);
		int r = FIRST_OFFICE_ROW;
		for (int i = 0; i < report.offices().size(); i++) {
			writeOffice(sheet.createRow(r++), report.offices().get(i), officeSheets.get(i));
		}
		if (report.offices().isEmpty()) {
			text(sheet.createRow(r), 0, "本機關下無應繳機關。", styles.label());
		}
		else {
			writeTotal(sheet.createRow(r));
		}
		sheet.createFreezePane(2, FIRST_OFFICE_ROW);
		PrintLayout.apply(sheet, TABLE_HEADER_ROW, TABLE_HEADER_ROW, ConsolidatedWorkbookWriter.headerLeft(report),
				stamp);
		PrintLayout.area(sheet, WIDTHS.length - 1, r);
	}

	private void writeTotals(Sheet sheet) {
		Row header = sheet.createRow(TOTALS_HEADER_ROW);
		Row values = sheet.createRow(TOTALS_HEADER_ROW + 1);
		for (int c = 0; c < TOTALS.size(); c++) {
			text(header, c, TOTALS.get(c), styles.header());
		}
		RowHeights.fit(header, WIDTHS);
		number(values, 0, report.expected(), styles.number());
		number(values, 1, report.received(), styles.number());
		number(values, 2, report.onTime(), styles.number());
		number(values, 3, report.received() - report.onTime(), styles.number());
		number(values, 4, report.expected() - report.received(), styles.number());
		number(values, 5, report.reportingRate(), styles.percent());
		number(values, 6, report.onTimeRate(), styles.percent());
	}

	private void writeOffice(Row row, OfficeLine office, String officeSheet) {
		Cell code = text(row, 0, office.office().code(), styles.text());
		code.setHyperlink(link(row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT),
				officeSheet));
		text(row, 1, office.office().name(), styles.text());
		text(row, 2, office.state().label(), styles.centred());
		text(row, 3, ReportTexts.dateTime(office.receivedAt()), styles.text());
		text(row, 4, ReportTexts.lateness(office.late()), styles.text());
		number(row, 5, office.total(), styles.number());
		boolean submitted = office.state().submitted();
		int c = 6;
		for (ItemStatus status : COUNTED) {
			number(row, c++, submitted ? office.count(status) : null, styles.number());
		}
		number(row, c++, submitted ? office.behindPace() : null, styles.number());
		number(row, c++, submitted ? office.overdue() : null, styles.number());
		number(row, c++, submitted ? office.warnings() : null, styles.number());
		// Left empty, not 0%, for an office that sent nothing: the chart then shows a gap, not a bar.
		number(row, c, office.completionRate(), styles.percent());
		RowHeights.fit(row, WIDTHS);
	}

	/**
	 * 合計: every office's items, the status counts, flags and warnings of the offices that submitted, and
	 * the completion rate over those offices' items (the same definition as each line's).
	 */
	private void writeTotal(Row row) {
		text(row, 0, TOTAL, styles.section());
		text(row, 1, "共 " + report.expected() + " 個機關（已繳 " + report.received() + " 個）", styles.section());
		for (int c = 2; c <= 4; c++) {
			text(row, c, null, styles.section());
		}
		List<OfficeLine> submitted = report.offices().stream().filter(o -> o.state().submitted()).toList();
		number(row, 5, report.offices().stream().mapToLong(OfficeLine::total).sum(), styles.number());
		int c = 6;
		for (ItemStatus status : COUNTED) {
			number(row, c++, submitted.stream().mapToLong(o -> o.count(status)).sum(), styles.number());
		}
		number(row, c++, submitted.stream().mapToLong(OfficeLine::behindPace).sum(), styles.number());
		number(row, c++, submitted.stream().mapToLong(OfficeLine::overdue).sum(), styles.number());
		number(row, c++, submitted.stream().mapToLong(OfficeLine::warnings).sum(), styles.number());
		number(row, c, totalRate(submitted), styles.percent());
		RowHeights.fit(row, WIDTHS);
	}

	/** (已完成 + 持續辦理) ÷ (項目數 − 不適用) over the submitted offices' items; empty when none. */
	static Double totalRate(List<OfficeLine> submitted) {
		long done = submitted.stream()
			.mapToLong(o -> o.count(ItemStatus.COMPLETED) + o.count(ItemStatus.ONGOING))
			.sum();
		long applicable = submitted.stream()
			.mapToLong(o -> o.total() - o.count(ItemStatus.NOT_APPLICABLE))
			.sum();
		return applicable == 0 ? null : (double) done / applicable;
	}

	private static Hyperlink link(Hyperlink link, String sheet) {
		link.setAddress("'" + sheet.replace("'", "''") + "'!A1");
		return link;
	}

}
