package tw.gov.quality.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.spreadsheet.SheetNames;
import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * Writes a supervisor's quarterly 執行成果報告 (seed 002, 附件一) as one workbook: 總表, the child
 * agencies' roll-up where there are any, 完成率圖, 實施要項對照, 逾期及未繳, then one sheet per office.
 * Streamed with SXSSF: a thousand offices of forty items each stay within a small heap.
 */
class ConsolidatedWorkbookWriter {

	/** Rows kept in memory per sheet; every sheet is written top to bottom, so a small window suffices. */
	private static final int WINDOW = 100;

	private final LocalDateTime writtenAt;

	/** A writer that stamps its pages with the moment it writes them. */
	ConsolidatedWorkbookWriter() {
		this(LocalDateTime.now());
	}

	/** @param writtenAt printed as 產製時間 beside the report's 資料截至 */
	ConsolidatedWorkbookWriter(LocalDateTime writtenAt) {
		this.writtenAt = writtenAt;
	}

	public void write(SupervisorReport report, Path target) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
			ReportStyles styles = new ReportStyles(workbook);
			List<String> officeSheets = officeSheetNames(report);
			String stamp = ReportTexts.generated(report, writtenAt);
			new SummarySheet(report, styles, stamp).write(workbook, officeSheets);
			if (!report.agencies().isEmpty()) {
				new AgencySheet(report, styles, stamp).write(workbook);
			}
			new CompletionChart(report, styles, stamp).write(workbook);
			new StrategyMatrixSheet(report, styles, stamp).write(workbook);
			new OverdueSheet(report, styles, stamp).write(workbook);
			OfficeSheet officeSheet = new OfficeSheet(report, styles, stamp);
			for (int i = 0; i < report.offices().size(); i++) {
				officeSheet.write(workbook, report.offices().get(i), officeSheets.get(i));
			}
			workbook.setActiveSheet(0);
			WorkbookFiles.write(workbook, target);
		}
	}

	/** Each office's sheet is named by its code, made valid and unique beside the fixed sheets. */
	static List<String> officeSheetNames(SupervisorReport report) {
		SheetNames names = new SheetNames().reserve(SummarySheet.NAME)
			.reserve(AgencySheet.NAME)
			.reserve(CompletionChart.NAME)
			.reserve(StrategyMatrixSheet.NAME)
			.reserve(OverdueSheet.NAME);
		List<String> sheets = new ArrayList<>();
		for (OfficeReport office : report.offices()) {
			sheets.add(names.claim(office.office().code()));
		}
		return sheets;
	}

	/** The page header's left side on the report's own sheets: 附件一, who reports, for which quarter. */
	static String headerLeft(SupervisorReport report) {
		return ReportTexts.ANNEX_REPORT + "　" + report.supervisor().name() + "　" + ReportTexts.reportName(report.period());
	}

}
