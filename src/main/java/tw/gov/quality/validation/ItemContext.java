package tw.gov.quality.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.Target;
import tw.gov.quality.progress.Field;
import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.progress.ProgressRow;
import tw.gov.quality.progress.Quantities;
import tw.gov.quality.progress.ReportDates;

import static tw.gov.quality.progress.ProgressSheetLayout.*;

/**
 * One row whose 項次 is a plan item, with its values read once for every item check.
 *
 * @param status 執行狀態, empty when blank or unreadable
 * @param cumulative 累計辦理數量, empty when blank, not a number or negative
 * @param completedOn 完成日期, empty when blank or unreadable (it may lie outside the plan year)
 */
record ItemContext(SheetContext sheet, ProgressRow row, PlanItem item, Optional<ItemStatus> status,
		Optional<BigDecimal> cumulative, Optional<LocalDate> completedOn) {

	static ItemContext of(SheetContext sheet, ProgressRow row, PlanItem item) {
		return new ItemContext(sheet, row, item, filled(row, STATUS).flatMap(field -> ItemStatus.parse(field.text())),
				filled(row, CUMULATIVE).flatMap(Quantities::parse).filter(value -> value.signum() >= 0),
				filled(row, COMPLETED_ON).flatMap(ReportDates::parse));
	}

	/** A column's cell on this row, when the office wrote something in it. */
	Optional<Field> filled(String label) {
		return filled(row, label);
	}

	private static Optional<Field> filled(ProgressRow row, String label) {
		return row.cell(label).filter(field -> !field.isBlank());
	}

	String code() {
		return item.code();
	}

	ReportingPeriod period() {
		return sheet.period();
	}

	/** What the office had accepted for this item the previous quarter; empty if nothing. */
	Optional<ReportedItem> before() {
		return Optional.ofNullable(sheet.previous().get(item.code()));
	}

	/** The plan's numeric target, unless the office reports the item 不適用. */
	Optional<Target> countedTarget() {
		return Optional.ofNullable(item.target()).filter(target -> !hasStatus(ItemStatus.NOT_APPLICABLE));
	}

	boolean hasStatus(ItemStatus wanted) {
		return status.filter(wanted::equals).isPresent();
	}

	/** The text of a column on this row, {@code ""} when blank. */
	String text(String label) {
		return row.cell(label).map(Field::text).orElse("");
	}

	/** Where a column's value on this row is, or belongs. */
	String cell(String label) {
		return sheet.cell(label, row.rowNumber());
	}

	Finding finding(Rule rule, String cell, String message, String fix) {
		return new Finding(rule, cell, item.code(), message, fix);
	}

	/** What is kept of the row once it has passed every error check. */
	ReportedItem reported() {
		return new ReportedItem(item.code(), status.orElse(null), cumulative.orElse(null), completedOn.orElse(null),
				blankToNull(text(DESCRIPTION)), blankToNull(text(REMARK)));
	}

	private static String blankToNull(String text) {
		return text.isBlank() ? null : text;
	}

}
