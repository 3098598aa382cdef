package tw.gov.quality.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * Writes a supervisor's quarterly 執行成果報告 (seed 002, 附件一) as one workbook: 總表, the child
 * agencies' roll-up where there are any, 完成率圖, 實施要項對照, 逾期及未繳, 列管事項, 計畫項目 once per plan, then one sheet per office.
 * For a report already in memory; the consolidation job streams its offices into a
 * {@link ConsolidatedWorkbook} instead.
 */
class ConsolidatedWorkbookWriter {

	private final LocalDateTime writtenAt;

	/** A writer that stamps its pages with the moment it writes them. */
	ConsolidatedWorkbookWriter() {
		this(LocalDateTime.now());
	}

	/** @param writtenAt printed as 產製時間 beside the report's 資料截至 */
	ConsolidatedWorkbookWriter(LocalDateTime writtenAt) {
		this.writtenAt = writtenAt;
	}

	/** @param report with every office's full {@link OfficeReport}; its annex 執行情形明細 is written beside it */
	public void write(SupervisorReport report, Path target) throws IOException {
		try (ConsolidatedWorkbook workbook = new ConsolidatedWorkbook(report, target, writtenAt);
				ExecutionTextsAnnex annex = new ExecutionTextsAnnex(report,
						ExecutionTextsAnnex.beside(target), writtenAt)) {
			for (OfficeLine office : report.offices()) {
				workbook.add((OfficeReport) office);
				annex.add((OfficeReport) office);
			}
			workbook.finish(report.agencies());
			annex.finish();
		}
	}

	/** The page header's left side on the report's own sheets: 附件一, who reports, for which quarter. */
	static String headerLeft(SupervisorReport report) {
		return ReportTexts.ANNEX_REPORT + "　" + report.supervisor().name() + "　" + ReportTexts.reportName(report.period());
	}

}
