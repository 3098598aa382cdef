package tw.gov.quality.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.plan.Plan;

import tw.gov.quality.spreadsheet.SheetNames;
import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * A supervisor's 執行成果報告 written as its offices arrive: each office's sheet goes straight into the
 * file as a streamed part and only the office's {@link OfficeSummary} line stays in memory; at
 * {@link #finish} the report's own sheets (總表, the roll-up, 完成率圖, 實施要項對照, 逾期及未繳, 列管事項, and
 * 計畫項目 once per plan the offices report on) are built from those lines with SXSSF and put in front. A thousand or ten thousand offices take the
 * same small heap. The file is written beside its target and moved into place when finished.
 */
final class ConsolidatedWorkbook implements AutoCloseable {

	/** Rows kept in memory per sheet; every sheet is written top to bottom, so a small window suffices. */
	private static final int WINDOW = 100;

	private final SupervisorReport heading;

	private final Path target;

	private final Path partial;

	private final OfficeSheetsPackage parts;

	private final SXSSFWorkbook workbook = WorkbookFiles.bulkStreaming(WINDOW);

	private final ReportStyles styles = new ReportStyles(workbook);

	/** Office rows are made against it, never added to it; removed before the report's sheets. */
	private final SXSSFSheet rowFactory = workbook.createSheet("rows");

	private final OfficeSheet officeSheet;

	private final SheetNames names = new SheetNames().reserve(SummarySheet.NAME)
		.reserve(AgencySheet.NAME)
		.reserve(CompletionChart.NAME)
		.reserve(StrategyMatrixSheet.NAME)
		.reserve(OverdueSheet.NAME)
		.reserve(TrackedSheet.NAME)
		.reserve(PlanItemsSheet.NAME);

	/**
	 * The plans of the offices that submitted, each printed once on its own 計畫項目 sheet: by the plan's
	 * office and year (the offices of a supervisor report on a few plans, not one each).
	 */
	private final Map<String, PlanSheet> plans = new LinkedHashMap<>();

	private final List<OfficeLine> lines = new ArrayList<>();

	/** 資料截至 and 產製時間, the page header's right side on every sheet */
	private final String stamp;

	private boolean finished;

	/**
	 * @param heading the supervisor, the period and the moment reported on (no offices needed)
	 * @param writtenAt printed as 產製時間 beside the report's 資料截至
	 */
	ConsolidatedWorkbook(SupervisorReport heading, Path target, LocalDateTime writtenAt) throws IOException {
		this.heading = heading;
		this.target = target;
		this.stamp = ReportTexts.generated(heading, writtenAt);
		this.officeSheet = new OfficeSheet(heading, styles, stamp,
				ExecutionTextsAnnex.fileName(target.getFileName().toString()));
		Path parent = target.toAbsolutePath().getParent();
		Files.createDirectories(parent);
		this.partial = Files.createTempFile(parent, WorkbookFiles.PARTIAL_PREFIX, ".xlsx");
		this.parts = new OfficeSheetsPackage(partial);
	}

	/** Writes the office's own sheet, the next one, and keeps its line for the report's sheets. */
	void add(OfficeReport office) throws IOException {
		Writer entry = parts.startSheet(names.claim(office.office().code()));
		parts.endSheet(officeSheet.write(OfficeSheet.begin(entry, rowFactory), office, planSheet(office)));
		lines.add(OfficeSummary.of(office, heading.period()));
	}

	/** The name of the 計畫項目 sheet that prints the office's plan; {@code null} when no items are listed. */
	private String planSheet(OfficeReport office) {
		Plan plan = office.plan();
		if (plan == null || !office.state().submitted() || office.items().isEmpty()) {
			return null;
		}
		PlanSheet sheet = plans.computeIfAbsent(plan.officeCode() + "/" + plan.rocYear(), key -> new PlanSheet(
				plans.isEmpty() ? PlanItemsSheet.NAME : names.claim(PlanItemsSheet.wantedName(plans.size() + 1)), plan));
		sheet.offices++;
		return sheet.name;
	}

	/** A plan's sheet and how many offices report on it. */
	private static final class PlanSheet {

		final String name;

		final Plan plan;

		int offices;

		PlanSheet(String name, Plan plan) {
			this.name = name;
			this.plan = plan;
		}

	}

	/** The lines of the offices added so far, in order. */
	List<OfficeLine> lines() {
		return lines;
	}

	/**
	 * Builds the report's own sheets in front of the office sheets and puts the file in place.
	 *
	 * @param agencies the roll-up lines, empty for a supervisor of reporting offices only
	 * @return the report as its sheets show it (offices as lines)
	 */
	SupervisorReport finish(List<SupervisorReport.AgencyTotals> agencies) throws IOException {
		SupervisorReport report = new SupervisorReport(heading.supervisor(), heading.period(), heading.generatedAt(),
				lines, agencies);
		workbook.removeSheetAt(workbook.getSheetIndex(rowFactory));
		new SummarySheet(report, styles, stamp).write(workbook, parts.sheetNames());
		if (!report.agencies().isEmpty()) {
			new AgencySheet(report, styles, stamp).write(workbook);
		}
		ChartStamps charts = new CompletionChart(report, styles, stamp).write(workbook);
		new StrategyMatrixSheet(report, styles, stamp).write(workbook);
		new OverdueSheet(report, styles, stamp).write(workbook);
		new TrackedSheet(report, styles, stamp).write(workbook);
		PlanItemsSheet planItems = new PlanItemsSheet(report, styles, stamp);
		for (PlanSheet plan : plans.values()) {
			planItems.write(workbook, plan.name, plan.plan, plan.offices);
		}
		workbook.setActiveSheet(0);
		Path front = Files.createTempFile(partial.getParent(), WorkbookFiles.PARTIAL_PREFIX, ".front");
		try {
			try (OutputStream out = Files.newOutputStream(front)) {
				workbook.write(out);
			}
			parts.finish(front, workbook.getNumberOfSheets(), charts);
		}
		finally {
			Files.deleteIfExists(front);
		}
		WorkbookFiles.force(partial);
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		WorkbookFiles.syncFolder(partial.getParent());
		finished = true;
		return report;
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.close();
		}
		finally {
			if (!finished) {
				try {
					parts.close();
				}
				finally {
					Files.deleteIfExists(partial);
				}
			}
		}
	}


}
