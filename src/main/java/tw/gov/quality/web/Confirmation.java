package tw.gov.quality.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page that asks an administrator to confirm an action before it is done: what will happen, with
 * which values, and a button that posts the same values again with {@code confirmed=true}.
 *
 * @param facts what will be done, label to value, in order
 * @param fields the form fields to post again
 */
public record Confirmation(String title, String warning, Map<String, String> facts, String action,
		Map<String, String> fields, String cancel) {

	public static Confirmation of(String title, String warning, String action, String cancel) {
		return new Confirmation(title, warning, new LinkedHashMap<>(), action, new LinkedHashMap<>(), cancel);
	}

	public Confirmation fact(String label, Object value) {
		facts.put(label, value == null ? "—" : value.toString());
		return this;
	}

	public Confirmation field(String name, Object value) {
		if (value != null) {
			fields.put(name, value.toString());
		}
		return this;
	}

	public static boolean confirmed(String value) {
		return "true".equals(value);
	}

}
