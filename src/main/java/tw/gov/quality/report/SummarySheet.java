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
			"執行中", "持續辦理", "未開始", "不適用", "落後進度", "逾期項目", "警告數", "完成率", "列管中", "考核評分");

	static final int NAME_COLUMN = COLUMNS.indexOf("機關名稱");

	static final int RATE_COLUMN = COLUMNS.indexOf("完成率");

	private static final int[] WIDTHS = { 10, 24, 11, 23, 11, 7, 7, 7, 8, 7, 7, 8, 8, 7, 8, 7, 22 };

	private static final ItemStatus[] COUNTED = { ItemStatus.COMPLETED, ItemStatus.IN_PROGRESS, ItemStatus.ONGOING,
			ItemStatus.NOT_STARTED, ItemStatus.NOT_APPLICABLE };

	private final SupervisorReport report;

	private final ReportStyles styles;

	SummarySheet(SupervisorReport report, ReportStyles styles) {
		this.report = report;
		this.styles = styles;
	}

	/** @param officeSheets each office's own sheet, in the report's office order, for the links */
	void write(SXSSFWorkbook workbook, List<String> officeSheets) {
		Sheet sheet = workbook.createSheet(NAME);
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		text(sheet.createRow(0), 0, report.supervisor().name() + "　" + ReportTexts.reportName(report.period()),
				styles.title());
		text(sheet.createRow(1), 0, ReportTexts.generated(report) + "　" + ReportTexts.RATE_DEFINITION, styles.note());
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
		sheet.createFreezePane(2, FIRST_OFFICE_ROW);
		PrintLayout.apply(sheet, TABLE_HEADER_ROW, TABLE_HEADER_ROW, ConsolidatedWorkbookWriter.headerLeft(report),
				ReportTexts.generated(report));
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
		number(row, c++, office.completionRate(), styles.percent());
		// 列管事項 still open after the quarter's review, whether or not the office reported.
		number(row, c++, office.openTracked(), styles.number());
		text(row, c, score(office), styles.text());
		RowHeights.fit(row, WIDTHS);
	}

	/** 700（107年第2季，未達及格 750）, or empty when no 考核 score came back. */
	static String score(OfficeLine office) {
		if (office.score() == null) {
			return "";
		}
		String text = office.score().score().toPlainString() + "（" + office.score().period().label();
		if (office.belowPassLine()) {
			text += "，未達及格 " + office.passLine().toPlainString();
		}
		return text + "）";
	}

	private static Hyperlink link(Hyperlink link, String sheet) {
		link.setAddress("'" + sheet.replace("'", "''") + "'!A1");
		return link;
	}

}
