package tw.gov.quality.cli;

import java.util.Collection;
import java.util.Locale;

/** A near miss of a command or option name, by edit distance or as the start of a known name. */
final class NearMiss {

	private NearMiss() {
	}

	/** {@code （是要輸入 templates 嗎？）} for a near miss, else nothing. */
	static String suggestion(String typed, Collection<String> known, String prefix) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String candidate : known) {
			int distance = distance(typed.toLowerCase(Locale.ROOT), candidate);
			if (distance < bestDistance) {
				best = candidate;
				bestDistance = distance;
			}
		}
		boolean near = best != null && (bestDistance <= Math.min(2, Math.max(1, typed.length() / 2))
				|| (typed.length() >= 3 && best.startsWith(typed.toLowerCase(Locale.ROOT))));
		return near ? "（是要輸入 " + prefix + best + " 嗎？）" : "";
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
