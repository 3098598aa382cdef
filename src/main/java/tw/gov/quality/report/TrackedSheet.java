package tw.gov.quality.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;

import static tw.gov.quality.spreadsheet.Cells.number;
import static tw.gov.quality.spreadsheet.Cells.text;

/**
 * 列管事項 (seed 000 伍.七, seed 004 1.1.3 按季提報分項列管表): per office, the tracked opinions opened, answered
 * this quarter, closed and still open, those open for more than one quarter; then every item still open.
 */
final class TrackedSheet {

	static final String NAME = "列管事項";

	static final int HEADER_ROW = 2;

	static final List<String> COLUMNS = List.of("機關代碼", "機關名稱", "累計列管", "本季新增", "本季已填辦理情形", "已解除列管", "列管中",
			"列管逾一季");

	static final List<String> DETAIL_COLUMNS = List.of("機關代碼", "機關名稱", "列管期間", "項次", "建議事項", "本季辦理情形",
			"審查機關最新意見");

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide, body at 10 pt or more; texts wrap. */
	private static final int[] WIDTHS = { 10, 16, 10, 9, 22, 22, 20, 9 };

	private final SupervisorReport report;

	private final ReportStyles styles;

	/** 資料截至 and 產製時間, for the page header */
	private final String stamp;

	TrackedSheet(SupervisorReport report, ReportStyles styles, String stamp) {
		this.report = report;
		this.styles = styles;
		this.stamp = stamp;
	}

	void write(SXSSFWorkbook workbook) {
		Sheet sheet = FrontSheets.create(workbook, NAME, WIDTHS);
		text(sheet.createRow(0), 0, report.supervisor().name() + "　審查意見列管事項　" + ReportTexts.reportName(report.period()),
				styles.title());
		text(sheet.createRow(1), 0, "列管事項由審查意見表的建議事項（或標記列管者）產生，經後續審查選擇「解除列管」始結案；" + stamp,
				styles.note());
		FrontSheets.header(sheet, HEADER_ROW, COLUMNS, WIDTHS, styles);
		int r = writeCounts(sheet, HEADER_ROW + 1);
		r = writeOpenItems(sheet, r + 1);
		FrontSheets.print(sheet, report, stamp, HEADER_ROW, WIDTHS.length - 1, Math.max(r - 1, HEADER_ROW + 1));
	}

	/** Per office: how many tracked items, opened, answered, closed, open. */
	private int writeCounts(Sheet sheet, int first) {
		int r = first;
		for (OfficeLine office : report.offices()) {
			TrackedCounts counts = office.trackedCounts(report.period());
			Row row = sheet.createRow(r++);
			text(row, 0, office.office().code(), styles.text());
			text(row, 1, office.office().name(), styles.text());
			long[] values = { counts.total(), counts.opened(), counts.replied(), counts.closed(), counts.open(),
					counts.openLonger() };
			for (int i = 0; i < values.length; i++) {
				number(row, 2 + i, values[i], styles.number());
			}
		}
		return r;
	}

	/** Every item still open, under its own header row; the row after the last. */
	private int writeOpenItems(Sheet sheet, int first) {
		int r = first;
		Row detail = sheet.createRow(r++);
		for (int c = 0; c < DETAIL_COLUMNS.size(); c++) {
			text(detail, c, DETAIL_COLUMNS.get(c), styles.header());
		}
		int listed = 0;
		for (OfficeLine office : report.offices()) {
			for (TrackedItem item : office.openTrackedItems()) {
				Row row = sheet.createRow(r++);
				text(row, 0, office.office().code(), styles.text());
				text(row, 1, office.office().name(), styles.text());
				text(row, 2, item.opened().label(), styles.text());
				text(row, 3, item.itemLabel(), styles.text());
				text(row, 4, item.request(), styles.text());
				text(row, 5, item.reply() == null ? "（未填報）" : item.reply(), styles.text());
				text(row, 6, item.remark() == null ? "" : item.remark(), styles.text());
				RowHeights.fit(row, WIDTHS);
				listed++;
			}
		}
		if (listed == 0) {
			text(sheet.createRow(r++), 0, "目前無列管中的事項。", styles.label());
		}
		return r;
	}

}
