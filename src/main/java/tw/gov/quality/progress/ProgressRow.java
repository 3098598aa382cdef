package tw.gov.quality.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static tw.gov.quality.progress.ProgressSheetLayout.*;

/**
 * One row of the table as the office left it, before any check against the plan.
 *
 * @param rowNumber one-based row number
 * @param cells the row's non-blank cells keyed by column label ({@link ProgressSheetLayout#CODE} …), in
 * column order; a blank cell or a column the sheet lacks is absent
 */
public record ProgressRow(int rowNumber, Map<String, Field> cells) {

	public ProgressRow {
		cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
	}

	public Optional<Field> cell(String label) {
		return Optional.ofNullable(cells.get(label));
	}

	public Optional<Field> code() {
		return cell(CODE);
	}

	public Optional<Field> status() {
		return cell(STATUS);
	}

	public Optional<Field> cumulative() {
		return cell(CUMULATIVE);
	}

	public Optional<Field> completedOn() {
		return cell(COMPLETED_ON);
	}

	public Optional<Field> description() {
		return cell(DESCRIPTION);
	}

	public Optional<Field> remark() {
		return cell(REMARK);
	}

	/**
	 * Whether the office filled in any input column. A row with an unreadable 項次 and no input is most
	 * likely a heading an office typed between items (一、提升服務品質…).
	 */
	public boolean hasInput() {
		return INPUT_COLUMNS.stream().anyMatch(cells::containsKey);
	}

}
