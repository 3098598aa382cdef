package tw.gov.quality.ingest;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.progress.ProgressSheetLayout;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.template.ProgressTemplateWriter;

/**
 * Progress sheets as an office returns them: the generated template, filled in. By default every
 * item is on pace and fully described; a test changes only what it is about.
 */
public final class FilledSheets {

	/** One item's input cells; {@code null} leaves a cell blank, a String is typed as text. */
	public static final class Entry {

		/** Written into the 項次 cell instead of the plan's code. */
		Object code;

		/** Leaves the item's row out of the sheet. */
		boolean removed;

		Object status = "持續辦理";

		Object cumulative;

		Object completedOn;

		Object description;

		Object remark;

	}

	private FilledSheets() {
	}

	static Path write(Office office, Plan plan, ReportingPeriod period, Path target, Consumer<Map<String, Entry>> changes)
			throws Exception {
		return write(office, plan, period, target, changes, workbook -> {
		});
	}

	/** @param edits anything else a person might do to the workbook before saving it */
	static Path write(Office office, Plan plan, ReportingPeriod period, Path target, Consumer<Map<String, Entry>> changes,
			Consumer<XSSFWorkbook> edits) throws Exception {
		return write(office, plan, period, List.of(), target, changes, edits);
	}

	/** @param tracked the office's outstanding 列管事項, which the template lists on its own sheet */
	static Path write(Office office, Plan plan, ReportingPeriod period, List<TrackedItem> tracked, Path target,
			Consumer<Map<String, Entry>> changes, Consumer<XSSFWorkbook> edits) throws Exception {
		new ProgressTemplateWriter().write(office, plan, period, Map.of(), tracked, LocalDateTime.now(), target);
		Map<String, Entry> entries = new HashMap<>();
		for (PlanItem item : plan.items()) {
			Entry entry = new Entry();
			entry.description = "第" + period.quarter() + "季辦理項次 " + item.code() + " 相關工作，成效良好。";
			if (item.target() != null) {
				entry.cumulative = item.target().expectedByQuarter(period.quarter());
			}
			entries.put(item.code(), entry);
		}
		changes.accept(entries);
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(target)) {
			workbook = new XSSFWorkbook(in);
		}
		try (workbook) {
			XSSFSheet sheet = workbook.getSheet(ProgressSheetLayout.SHEET);
			sheet.protectSheet(null);
			Row header = sheet.getRow(headerRow(sheet));
			Map<String, Integer> columns = new HashMap<>();
			header.forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				Entry entry = entries.get(row.getCell(columns.get(ProgressSheetLayout.CODE)).getStringCellValue());
				if (entry == null) {
					continue;
				}
				if (entry.removed) {
					sheet.removeRow(row);
					continue;
				}
				if (entry.code != null) {
					set(row, columns.get(ProgressSheetLayout.CODE), entry.code);
				}
				set(row, columns.get(ProgressSheetLayout.STATUS), entry.status);
				set(row, columns.get(ProgressSheetLayout.CUMULATIVE), entry.cumulative);
				set(row, columns.get(ProgressSheetLayout.COMPLETED_ON), entry.completedOn);
				set(row, columns.get(ProgressSheetLayout.DESCRIPTION), entry.description);
				set(row, columns.get(ProgressSheetLayout.REMARK), entry.remark);
			}
			edits.accept(workbook);
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return target;
	}

	/** Sets the value next to a metadata label, as a person would retype it. */
	static void metadata(XSSFWorkbook workbook, String label, String value) {
		XSSFSheet sheet = workbook.getSheet(ProgressSheetLayout.SHEET);
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && label.equals(first.getStringCellValue())) {
				set(row, 1, value);
				return;
			}
		}
		throw new IllegalStateException("no label " + label);
	}

	static int headerRow(XSSFSheet sheet) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && ProgressSheetLayout.CODE.equals(first.getStringCellValue())) {
				return row.getRowNum();
			}
		}
		throw new IllegalStateException("no header");
	}

	private static void set(Row row, int column, Object value) {
		Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
		// Resets the template's empty inline string: POI would otherwise put the value in <v> next to
		// an empty <is>, which Excel and Calc show as a blank cell.
		cell.setBlank();
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			cell.setCellValue(new BigDecimal(number.toString()).doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	static List<String> codes(Plan plan) {
		return plan.items().stream().map(PlanItem::code).toList();
	}

}
