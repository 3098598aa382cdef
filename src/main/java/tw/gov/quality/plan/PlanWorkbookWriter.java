package tw.gov.quality.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.WorkbookStyles;

import static tw.gov.quality.plan.PlanWorkbookLayout.*;

/** Writes a plan in the plan workbook format, the form {@link PlanWorkbookReader} reads back. */
public class PlanWorkbookWriter {

	private static final int[] WIDTHS = { 8, 22, 22, 50, 30, 12, 16, 40, 9, 9, 9, 12, 30 };

	public void write(Plan plan, String officeName, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			int r = 0;
			for (List<String> pair : metadata(plan, officeName)) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(pair.get(0));
				row.getCell(0).setCellStyle(styles.label());
				row.createCell(1).setCellValue(pair.get(1));
			}
			int headerRow = ++r;
			Row header = sheet.createRow(r++);
			for (int c = 0; c < COLUMNS.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(COLUMNS.get(c));
				cell.setCellStyle(styles.header());
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			for (PlanItem item : plan.items()) {
				Row row = sheet.createRow(r++);
				List<Object> values = itemValues(plan, item);
				for (int c = 0; c < values.size(); c++) {
					Cell cell = row.createCell(c);
					if (values.get(c) instanceof Integer number) {
						cell.setCellValue(number);
					}
					else {
						cell.setCellValue((String) values.get(c));
					}
					cell.setCellStyle(styles.text());
				}
			}
			PrintLayout.apply(sheet, headerRow, headerRow, plan.officeCode() + " " + plan.rocYear() + "年度 " + plan.title());
			workbook.write(out);
		}
	}

	/** The label and value pairs above the table. */
	private static List<List<String>> metadata(Plan plan, String officeName) {
		List<List<String>> pairs = new java.util.ArrayList<>(List.of(List.of(OFFICE_CODE, plan.officeCode()),
				List.of(OFFICE_NAME, officeName), List.of(YEAR, String.valueOf(plan.rocYear())),
				List.of(TITLE, plan.title()), List.of(SOURCE, plan.source())));
		Evaluation evaluation = plan.evaluation();
		if (evaluation != null) {
			pairs.add(List.of(EVALUATION_TOTAL, evaluation.totalPoints().toPlainString()));
			pairs.add(List.of(EVALUATION_PASS, evaluation.passLine().toPlainString()));
			pairs.add(List.of(EVALUATION_RHYTHM, evaluation.rhythm() == null ? "" : evaluation.rhythm()));
			pairs.add(List.of(EVALUATION_RECORD_DAYS,
					evaluation.recordDueDays() == null ? "" : String.valueOf(evaluation.recordDueDays())));
		}
		return pairs;
	}

	/** An item's row, column by column as {@code COLUMNS}: texts, and the target quantity as a number. */
	private static List<Object> itemValues(Plan plan, PlanItem item) {
		Target target = item.target();
		return List.of(item.code(), plan.strategy(item.strategy()).label(), nullToEmpty(item.workItem()), item.action(),
				nullToEmpty(item.method()), item.deadline().text(), item.unitsText(), nullToEmpty(item.benefit()),
				target == null ? "" : target.quantity(), target == null ? "" : target.unit(),
				target == null ? "" : target.period().label(), nullToEmpty(item.masterItem()), nullToEmpty(item.note()));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

}
