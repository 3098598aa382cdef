package tw.gov.quality.progress;

import java.text.Normalizer;

/** Folding what people type into something a pattern can match. */
final class Texts {

	private Texts() {
	}

	/** A cell's text as kept: stripped, Windows line breaks folded, inner line breaks kept. */
	static String clean(String text) {
		if (text == null) {
			return "";
		}
		// Most cells have no carriage return: no copies made for them.
		return text.indexOf('\r') < 0 ? text.strip() : text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	/** NFKC (full-width digits and punctuation to ASCII) with every whitespace character removed. */
	static String compact(String text) {
		if (text == null) {
			return "";
		}
		if (unchangedByCompact(text)) {
			return text;
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder compact = new StringBuilder(folded.length());
		folded.codePoints()
			.filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF')
			.forEach(compact::appendCodePoint);
		return compact.toString();
	}

	/**
	 * Most cells are printable ASCII and CJK ideographs, which NFKC leaves as they are and none of which is a space:
	 * those skip the normalizer, the cost of every cell's label and item code otherwise.
	 */
	private static boolean unchangedByCompact(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c > ' ' && c < 0x7F) && !(c >= 0x4E00 && c <= 0x9FFF)) {
				return false;
			}
		}
		return true;
	}

	/** A label as compared: compacted, a trailing colon dropped ("計畫年度：" is 計畫年度). */
	static String label(String text) {
		String label = compact(text);
		while (label.endsWith(":")) {
			label = label.substring(0, label.length() - 1);
		}
		return label;
	}

	/** Hyphens, dashes and minus signs an input method may produce in place of '-', as '-'; other text as it is. */
	static String dashes(String text) {
		StringBuilder replaced = null;
		for (int i = 0; i < text.length(); i++) {
			if (isDash(text.charAt(i))) {
				if (replaced == null) {
					replaced = new StringBuilder(text);
				}
				replaced.setCharAt(i, '-');
			}
		}
		return replaced == null ? text : replaced.toString();
	}

	private static boolean isDash(char c) {
		return (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
	}

}
