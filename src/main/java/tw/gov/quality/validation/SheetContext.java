package tw.gov.quality.validation;

import java.util.LinkedHashMap;
import java.util.Map;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.progress.ItemCodes;
import tw.gov.quality.progress.ProgressRow;
import tw.gov.quality.progress.ProgressSheet;

/**
 * What the row and item checks share once the header is sound: the sheet, the plan it reports
 * against, its period, and the office's accepted figures of the previous quarter.
 *
 * @param previous the previous quarter's accepted items by code; empty in the first quarter
 * @param firstRows the first row each readable 項次 appears on
 */
record SheetContext(ProgressSheet sheet, Plan plan, ReportingPeriod period, Map<String, ReportedItem> previous,
		Map<String, Integer> firstRows) {

	static SheetContext of(ProgressSheet sheet, Plan plan, ReportingPeriod period,
			Map<String, ReportedItem> previous) {
		Map<String, Integer> firstRows = new LinkedHashMap<>();
		for (ProgressRow row : sheet.rows()) {
			row.code().flatMap(ItemCodes::normalize).ifPresent(code -> firstRows.putIfAbsent(code, row.rowNumber()));
		}
		return new SheetContext(sheet, plan, period, previous, Map.copyOf(firstRows));
	}

	/** The cell of a column on a row, or the row itself when the sheet lacks the column. */
	String cell(String label, int rowNumber) {
		return sheet.ref(label, rowNumber).orElse(sheet.sheetName() + " 第 " + rowNumber + " 列");
	}

}
