package tw.gov.quality.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.report.SupervisorReport.AgencyTotals;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;

import static tw.gov.quality.spreadsheet.Cells.number;
import static tw.gov.quality.spreadsheet.Cells.text;

/** 所屬機關彙總: for a supervisor above supervisors, one line per child agency with its totals. */
final class AgencySheet {

	static final String NAME = "所屬機關彙總";

	static final int HEADER_ROW = 2;

	/**
	 * 項目數 counts the plan items of every office that owes a sheet, 已繳機關項目數 those of the offices that
	 * submitted, over which 已完成＋持續辦理, the flags and 完成率 are counted.
	 */
	static final List<String> COLUMNS = List.of("機關代碼", "機關名稱", "應繳機關數", "已繳機關數", "準時繳交", "繳交率", "準時率", "項目數",
			"已繳機關項目數", "已完成＋持續辦理", "落後進度", "逾期項目", "完成率");

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide, body at 10 pt or more; headers wrap. */
	private static final int[] WIDTHS = { 9, 20, 7, 7, 7, 7, 7, 8, 9, 9, 7, 7, 6 };

	private final SupervisorReport report;

	private final ReportStyles styles;

	/** 資料截至 and 產製時間, for the page header */
	private final String stamp;

	AgencySheet(SupervisorReport report, ReportStyles styles, String stamp) {
		this.report = report;
		this.styles = styles;
		this.stamp = stamp;
	}

	void write(SXSSFWorkbook workbook) {
		Sheet sheet = FrontSheets.create(workbook, NAME, WIDTHS);
		text(sheet.createRow(0), 0, report.supervisor().name() + "　所屬機關彙總　" + ReportTexts.reportName(report.period()),
				styles.title());
		text(sheet.createRow(1), 0, ReportTexts.RATE_DEFINITION + "。項目數含所有應繳機關（含未繳）之計畫項目；"
				+ "已完成＋持續辦理、落後進度、逾期項目與完成率以已繳機關之項目計。", styles.note());
		FrontSheets.header(sheet, HEADER_ROW, COLUMNS, WIDTHS, styles);
		int r = HEADER_ROW + 1;
		for (AgencyTotals agency : report.agencies()) {
			Row row = sheet.createRow(r++);
			text(row, 0, agency.agency().code(), styles.text());
			text(row, 1, agency.agency().name(), styles.text());
			number(row, 2, agency.expected(), styles.number());
			number(row, 3, agency.received(), styles.number());
			number(row, 4, agency.onTime(), styles.number());
			number(row, 5, rate(agency.received(), agency.expected()), styles.percent());
			number(row, 6, rate(agency.onTime(), agency.expected()), styles.percent());
			number(row, 7, agency.items(), styles.number());
			number(row, 8, agency.submittedItems(), styles.number());
			number(row, 9, agency.completed(), styles.number());
			number(row, 10, agency.behindPace(), styles.number());
			number(row, 11, agency.overdue(), styles.number());
			number(row, 12, agency.completionRate(), styles.percent());
			RowHeights.fit(row, WIDTHS);
		}
		sheet.createFreezePane(2, HEADER_ROW + 1);
		FrontSheets.print(sheet, report, stamp, HEADER_ROW, WIDTHS.length - 1, Math.max(r - 1, HEADER_ROW));
	}

	private static Double rate(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
