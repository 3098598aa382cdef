package tw.gov.quality.progress;

import java.util.LinkedHashMap;
import java.util.Map;

import tw.gov.quality.spreadsheet.SheetRow;

/**
 * The hidden {@code _identity} sheet of a workbook this service wrote (a template, a 審查意見表), read row by row
 * beside a {@code RowHandler}'s own sheets: a key in column A, its value in column B; only the first such sheet,
 * the first value of a key.
 */
public final class IdentitySheet {

	private final Map<String, String> values = new LinkedHashMap<>();

	private boolean reading;

	private boolean read;

	/**
	 * Call from {@code startSheet} for every sheet: whether {@code name} is the identity sheet to read (then
	 * {@link #row} takes its rows).
	 */
	public boolean start(String name) {
		reading = Labels.isIdentity(name) && !read;
		read |= Labels.isIdentity(name);
		return reading;
	}

	/** Whether {@code name} is an identity sheet, read or (a second one) passed over. */
	public static boolean is(String name) {
		return Labels.isIdentity(name);
	}

	/** Call from {@code row}: takes the row when the identity sheet is being read, and says so. */
	public boolean row(SheetRow row) {
		if (!reading) {
			return false;
		}
		String key = row.text(0);
		if (!key.isEmpty()) {
			values.putIfAbsent(key, row.text(1));
		}
		return true;
	}

	/** What was read, key by key in sheet order. */
	public Map<String, String> values() {
		return values;
	}

}
