package tw.gov.quality.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.plan.Plan;

import tw.gov.quality.spreadsheet.SheetNames;
import tw.gov.quality.spreadsheet.StreamedSheet;
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

	private static final String WORKBOOK = "xl/workbook.xml";

	private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

	private static final String CONTENT_TYPES = "[Content_Types].xml";

	private static final String SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

	private static final String SHEET_RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

	private static final Pattern RELATIONSHIP_PREFIX = Pattern
		.compile("xmlns:(\\w+)=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");

	private final SupervisorReport heading;

	private final Path target;

	private final Path partial;

	private final ZipOutputStream zip;

	private final Writer entry;

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

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

	private final List<String> sheetNames = new ArrayList<>();

	/** How each office sheet prints, in the order of {@link #sheetNames}. */
	private final List<OfficeSheet.Printed> printed = new ArrayList<>();

	/** 資料截至 and 產製時間, the page header's right side on every sheet */
	private final String stamp;

	private boolean finished;

	/** A workbook whose pages say it was written now. */
	ConsolidatedWorkbook(SupervisorReport heading, Path target) throws IOException {
		this(heading, target, LocalDateTime.now());
	}

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
		this.zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16));
		this.entry = new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 14);
	}

	/** Writes the office's own sheet, the next one, and keeps its line for the report's sheets. */
	void add(OfficeReport office) throws IOException {
		sheetNames.add(names.claim(office.office().code()));
		zip.putNextEntry(new ZipEntry(part(sheetNames.size())));
		printed.add(officeSheet.write(OfficeSheet.begin(entry, rowFactory), office, planSheet(office)));
		entry.flush();
		zip.closeEntry();
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
		new SummarySheet(report, styles, stamp).write(workbook, sheetNames);
		if (!report.agencies().isEmpty()) {
			new AgencySheet(report, styles, stamp).write(workbook);
		}
		new CompletionChart(report, styles, stamp).write(workbook);
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
			copyFront(front, workbook.getNumberOfSheets());
		}
		finally {
			Files.deleteIfExists(front);
		}
		zip.close();
		WorkbookFiles.force(partial);
		Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		WorkbookFiles.syncFolder(partial.getParent());
		finished = true;
		return report;
	}

	/** Every part of the front workbook, its list of sheets, relationships and types extended by the office sheets. */
	private void copyFront(Path front, int frontSheets) throws IOException {
		try (ZipFile file = new ZipFile(front.toFile())) {
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry part = entries.nextElement();
				zip.putNextEntry(new ZipEntry(part.getName()));
				try (InputStream in = file.getInputStream(part)) {
					switch (part.getName()) {
						case WORKBOOK -> write(withOfficeSheets(read(in), frontSheets));
						case WORKBOOK_RELS -> write(insertBefore(read(in), "</Relationships>", officeRelationships()));
						case CONTENT_TYPES -> write(insertBefore(read(in), "</Types>", officeTypes()));
						default -> in.transferTo(zip);
					}
				}
				zip.closeEntry();
			}
		}
	}

	private String withOfficeSheets(String xml, int frontSheets) {
		Matcher prefix = RELATIONSHIP_PREFIX.matcher(xml);
		if (!prefix.find()) {
			throw new IllegalStateException("The workbook part declares no relationship namespace");
		}
		StringBuilder sheets = new StringBuilder();
		StringBuilder titles = new StringBuilder();
		for (int i = 0; i < sheetNames.size(); i++) {
			String name = sheetNames.get(i);
			sheets.append("<sheet name=\"")
				.append(StreamedSheet.escapeXml(name))
				.append("\" sheetId=\"")
				.append(1000 + i)
				.append("\" ")
				.append(prefix.group(1))
				.append(":id=\"")
				.append(relationship(i + 1))
				.append("\"/>");
			OfficeSheet.Printed print = printed.get(i);
			if (print.titled()) {
				titles.append(StreamedSheet.printTitles(frontSheets + i, name, OfficeSheet.HEADER_ROW, OfficeSheet.HEADER_ROW));
			}
			titles.append(StreamedSheet.printArea(frontSheets + i, name, print.lastColumn(), print.lastRow()));
		}
		String withSheets = insertBefore(xml, "</sheets>", sheets.toString());
		if (titles.isEmpty()) {
			return withSheets;
		}
		if (withSheets.contains("</definedNames>")) {
			return insertBefore(withSheets, "</definedNames>", titles.toString());
		}
		return withSheets.replace("</sheets>", "</sheets><definedNames>" + titles + "</definedNames>");
	}

	private String officeRelationships() {
		StringBuilder rels = new StringBuilder();
		for (int i = 1; i <= sheetNames.size(); i++) {
			rels.append("<Relationship Id=\"")
				.append(relationship(i))
				.append("\" Target=\"")
				.append(part(i).substring("xl/".length()))
				.append("\" Type=\"")
				.append(SHEET_RELATION)
				.append("\"/>");
		}
		return rels.toString();
	}

	private String officeTypes() {
		StringBuilder types = new StringBuilder();
		for (int i = 1; i <= sheetNames.size(); i++) {
			types.append("<Override PartName=\"/").append(part(i)).append("\" ContentType=\"").append(SHEET_TYPE).append("\"/>");
		}
		return types.toString();
	}

	private static String part(int office) {
		return "xl/worksheets/office" + office + ".xml";
	}

	private static String relationship(int office) {
		return "rIdOffice" + office;
	}

	private static String insertBefore(String xml, String closing, String inserted) {
		int at = xml.lastIndexOf(closing);
		if (at < 0) {
			throw new IllegalStateException("No " + closing + " in a workbook part");
		}
		return xml.substring(0, at) + inserted + xml.substring(at);
	}

	private static String read(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

	private void write(String xml) throws IOException {
		zip.write(xml.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public void close() throws IOException {
		try {
			workbook.close();
		}
		finally {
			if (!finished) {
				try {
					zip.close();
				}
				finally {
					Files.deleteIfExists(partial);
				}
			}
		}
	}

	/** The zip stream stays open when an entry's writer is flushed or dropped. */
	private static final class NonClosing extends java.io.FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() {
		}

	}

}
