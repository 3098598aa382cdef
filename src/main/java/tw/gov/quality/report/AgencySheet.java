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

	static final List<String> COLUMNS = List.of("機關代碼", "機關名稱", "應繳機關數", "已繳機關數", "準時繳交", "繳交率", "準時率", "項目數",
			"已完成", "落後進度", "逾期項目", "完成率");

	private static final int[] WIDTHS = { 10, 26, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8 };

	private final SupervisorReport report;

	private final ReportStyles styles;

	AgencySheet(SupervisorReport report, ReportStyles styles) {
		this.report = report;
		this.styles = styles;
	}

	void write(SXSSFWorkbook workbook) {
		Sheet sheet = workbook.createSheet(NAME);
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		text(sheet.createRow(0), 0, report.supervisor().name() + "　所屬機關彙總　" + ReportTexts.reportName(report.period()),
				styles.title());
		text(sheet.createRow(1), 0, ReportTexts.RATE_DEFINITION, styles.note());
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(header, c, COLUMNS.get(c), styles.header());
		}
		RowHeights.fit(header, WIDTHS);
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
			number(row, 8, agency.completed(), styles.number());
			number(row, 9, agency.behindPace(), styles.number());
			number(row, 10, agency.overdue(), styles.number());
			number(row, 11, agency.completionRate(), styles.percent());
			RowHeights.fit(row, WIDTHS);
		}
		sheet.createFreezePane(2, HEADER_ROW + 1);
		PrintLayout.apply(sheet, HEADER_ROW, HEADER_ROW, ConsolidatedWorkbookWriter.headerLeft(report),
				ReportTexts.generated(report));
	}

	private static Double rate(long part, long whole) {
		return whole == 0 ? null : (double) part / whole;
	}

}
