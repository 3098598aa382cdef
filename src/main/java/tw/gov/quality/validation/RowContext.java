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
 */
record RowContext(SheetContext sheet, ProgressRow row, Optional<String> code) {

	static RowContext of(SheetContext sheet, ProgressRow row) {
		return new RowContext(sheet, row, row.code().flatMap(ItemCodes::normalize));
	}

	/** The plan item the row reports on, if its 項次 is in the plan. */
	Optional<PlanItem> item() {
		return code.flatMap(sheet.plan()::item);
	}

	String codeCell() {
		return sheet.cell(ProgressSheetLayout.CODE, row.rowNumber());
	}

}
