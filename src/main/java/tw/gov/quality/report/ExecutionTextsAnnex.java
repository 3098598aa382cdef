package tw.gov.quality.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.WorkbookFiles;
import tw.gov.quality.validation.ReportedItem;

import static tw.gov.quality.spreadsheet.Cells.number;
import static tw.gov.quality.spreadsheet.Cells.text;

/**
 * The report's annex 執行情形明細 (附件一之一): every word the offices typed for the quarter, each item's whole
 * 執行情形 and 備註 with its state and figures, office after office in the report's order. The report's office
 * sheets print a text in full only where a reviewer has to read it and point here for the rest. Written as
 * the offices arrive, with SXSSF: a small window of rows in memory, the rest on disk, whatever the number of
 * offices; put in place when finished.
 */
final class ExecutionTextsAnnex implements AutoCloseable {

	static final String NAME = "執行情形明細";

	static final String FILE_PREFIX = NAME + "_";

	/** Printed in every page header beside the report's own label. */
	static final String LABEL = ReportTexts.ANNEX_REPORT + "之一";

	static final int HEADER_ROW = 2;

	static final java.util.List<String> COLUMNS = java.util.List.of("項次", "項目", "執行狀態", "完成日期", "累計辦理數量",
			"年度目標", "執行情形", "備註");

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide at 10 pt or more; texts wrap, rows grow. */
	private static final int[] WIDTHS = { 5, 14, 8, 9, 7, 8, 50, 17 };

	private static final int WINDOW = 100;

	private final SXSSFWorkbook workbook = WorkbookFiles.bulkStreaming(WINDOW);

	private final ReportStyles styles = new ReportStyles(workbook);

	private final SXSSFSheet sheet = workbook.createSheet(NAME);

	private final SupervisorReport heading;

	private final Path target;

	private final String stamp;

	private int row = HEADER_ROW + 1;

	/**
	 * @param heading the supervisor, the period and the moment reported on
	 * @param writtenAt printed as 產製時間 beside 資料截至, the same as the report's
	 */
	ExecutionTextsAnnex(SupervisorReport heading, Path target, LocalDateTime writtenAt) {
		this.heading = heading;
		this.target = target;
		this.stamp = ReportTexts.generated(heading, writtenAt);
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		text(sheet.createRow(0), 0, LABEL + "　" + NAME + "　" + heading.supervisor().name() + "　"
				+ ReportTexts.reportName(heading.period()), styles.title());
		text(sheet.createRow(1), 0, "各機關填報之執行情形及備註全文，依" + ReportTexts.ANNEX_REPORT + "機關順序；"
				+ ReportTexts.ANNEX_REPORT + "各機關工作表僅列需審閱項目之全文。", styles.note());
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(header, c, COLUMNS.get(c), styles.header());
		}
		RowHeights.fit(header, WIDTHS);
	}

	/** The annex's file beside the report's workbook. */
	static Path beside(Path report) {
		return report.resolveSibling(fileName(report.getFileName().toString()));
	}

	/** The annex's file name beside the report {@code 執行成果報告_<supervisor>_<period>.xlsx}. */
	static String fileName(String reportFileName) {
		return FILE_PREFIX + reportFileName.substring(reportFileName.indexOf('_') + 1);
	}

	/** The office's heading line, then each of its items with what it reported, texts whole. */
	void add(OfficeReport office) {
		String title = office.office().name() + "（" + office.office().code() + "）　繳交狀態：" + ReportTexts.state(office);
		if (!office.state().submitted()) {
			title += "　【" + ReportTexts.NOT_SUBMITTED + "】本季無可採用之執行情形";
		}
		section(title);
		if (!office.state().submitted()) {
			return;
		}
		for (ItemReport item : office.items()) {
			writeItem(sheet.createRow(row++), item);
		}
	}

	private void section(String title) {
		Row section = sheet.createRow(row);
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(section, c, c == 0 ? title : null, styles.section());
		}
		// One merge a row, never overlapping: POI's check of each against all the others would cost O(n²).
		sheet.addMergedRegionUnsafe(new CellRangeAddress(row, row, 0, COLUMNS.size() - 1));
		section.setHeightInPoints(RowHeights.height(title, PrintLayout.width(WIDTHS)));
		row++;
	}

	private void writeItem(Row out, ItemReport report) {
		PlanItem item = report.item();
		ReportedItem reported = report.reported();
		text(out, 0, item.code(), styles.centred());
		text(out, 1, OfficeSheet.label(item), styles.text());
		text(out, 2, reported == null || reported.status() == null ? "" : reported.status().label(), styles.centred());
		text(out, 3, reported == null ? "" : ReportTexts.date(reported.completedOn()), styles.text());
		number(out, 4, reported == null ? null : reported.cumulative(), styles.number());
		text(out, 5, item.target() == null ? "" : item.target().label(), styles.text());
		text(out, 6, reported == null ? "" : reported.description(), styles.text());
		text(out, 7, reported == null ? "" : reported.remark(), styles.text());
		RowHeights.fit(out, WIDTHS);
	}

	/** Lays the sheet out for print and puts the file in place, written like every output. */
	void finish() throws IOException {
		sheet.createFreezePane(0, HEADER_ROW + 1);
		PrintLayout.area(sheet, COLUMNS.size() - 1, Math.max(row - 1, HEADER_ROW));
		PrintLayout.apply(sheet, HEADER_ROW, HEADER_ROW, LABEL + "　" + NAME + "　" + heading.supervisor().name() + "　"
				+ ReportTexts.reportName(heading.period()), stamp);
		Path partial = Files.createTempFile(target.toAbsolutePath().getParent(), WorkbookFiles.PARTIAL_PREFIX, ".xlsx");
		try {
			try (OutputStream out = Files.newOutputStream(partial)) {
				workbook.write(out);
			}
			WorkbookFiles.force(partial);
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(partial);
		}
	}

	/** Frees the rows kept on disk; an annex never finished leaves no file. */
	@Override
	public void close() throws IOException {
		workbook.close();
	}

}
