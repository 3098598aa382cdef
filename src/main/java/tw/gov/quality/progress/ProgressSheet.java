package tw.gov.quality.progress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an office reported in one workbook, as read: structure and cell values, not yet checked
 * against the plan.
 *
 * @param sheetName the sheet the table was read from
 * @param metadata values of the label / value pairs (keyed by {@link ProgressSheetLayout#OFFICE_CODE},
 * {@code OFFICE_NAME}, {@code YEAR}, {@code QUARTER}, {@code REPORTER}, {@code PHONE},
 * {@code REPORT_DATE}); a label found with no value maps to a blank field where the value belongs, a
 * label not found is absent
 * @param identity key / value rows of the template's hidden {@code _identity} sheet; empty if absent
 * @param columns column labels found in the header, to zero-based column index
 * @param headerRow one-based number of the header's first row (a two-row header also takes the next)
 * @param rows the data rows, blank, totals and signature rows left out
 */
public record ProgressSheet(String sheetName, Map<String, Field> metadata, Map<String, String> identity,
		Map<String, Integer> columns, int headerRow, List<ProgressRow> rows) {

	public ProgressSheet {
		metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
		identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
		columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
		rows = List.copyOf(rows);
	}

	public Optional<Field> metadata(String label) {
		return Optional.ofNullable(metadata.get(label));
	}

	public Optional<String> identity(String key) {
		return Optional.ofNullable(identity.get(key));
	}

	public OptionalInt column(String label) {
		Integer column = columns.get(label);
		return column == null ? OptionalInt.empty() : OptionalInt.of(column);
	}

	/** The cell of a column on a row, blank or not, e.g. to say where a missing 完成日期 belongs. */
	public Optional<String> ref(String label, int rowNumber) {
		Integer column = columns.get(label);
		return column == null ? Optional.empty() : Optional.of(Field.ref(sheetName, rowNumber, column));
	}

}
