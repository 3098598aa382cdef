package tw.gov.quality.spreadsheet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Hands out sheet names Excel accepts: at most 31 characters, none of []:*?/\, not starting or ending
 * with an apostrophe, and unique ignoring case (Excel compares them that way).
 */
public final class SheetNames {

	private static final int MAX_LENGTH = 31;

	private final Set<String> taken = new HashSet<>();

	/** Claims a fixed name the workbook already uses, so no generated name collides with it. */
	public SheetNames reserve(String name) {
		taken.add(key(name));
		return this;
	}

	/** A valid, unused name as close to {@code wanted} as possible: 「A-01」, else 「A-01 (2)」. */
	public String claim(String wanted) {
		String base = WorkbookUtil.createSafeSheetName(wanted == null ? "" : wanted.strip(), '_');
		base = stripApostrophes(base);
		if (base.isEmpty() || base.equalsIgnoreCase("History")) {
			base = "Sheet";
		}
		String name = base;
		for (int n = 2; taken.contains(key(name)); n++) {
			String suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
		}
		taken.add(key(name));
		return name;
	}

	private static String stripApostrophes(String name) {
		int start = 0;
		int end = name.length();
		while (start < end && name.charAt(start) == '\'') {
			start++;
		}
		while (end > start && name.charAt(end - 1) == '\'') {
			end--;
		}
		return name.substring(start, end);
	}

	private static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
