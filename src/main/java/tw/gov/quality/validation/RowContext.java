package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.progress.ItemCodes;
import tw.gov.quality.progress.ProgressRow;
import tw.gov.quality.progress.ProgressSheetLayout;

/**
 * One row of the table, with its 項次 as read.
 *
 * @param code the normalised 項次, empty when it cannot be read
 * @param item the plan item the row reports on, if its 項次 is in the plan (looked up once: every row rule asks)
 */
record RowContext(SheetContext sheet, ProgressRow row, Optional<String> code, Optional<PlanItem> item) {

	static RowContext of(SheetContext sheet, ProgressRow row) {
		Optional<String> code = row.code().flatMap(ItemCodes::normalize);
		return new RowContext(sheet, row, code, code.flatMap(sheet.plan()::item));
	}

	String codeCell() {
		return sheet.cell(ProgressSheetLayout.CODE, row.rowNumber());
	}

}
