package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.util.CellReference;

/**
 * A sheet part's rows and cells, written as text straight to a package entry: for writers that fill a
 * {@link PreparedPackage} instead of building a POI sheet. Texts go to the package's {@link StringTable};
 * style numbers are the ones POI gave the prepared layout's styles.
 */
public final class SheetXml {

	private static final int FLUSH_AT = 8 * 1024;

	private final OutputStream out;

	private final StringTable strings;

	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);

	private int row;

	/** @param strings the package's shared strings, {@code null} for a part that writes none */
	public SheetXml(OutputStream out, StringTable strings) {
		this.out = out;
		this.strings = strings;
	}

	/** Markup written as it is. */
	public SheetXml raw(String text) throws IOException {
		buffer.append(text);
		if (buffer.length() > FLUSH_AT) {
			flush();
		}
		return this;
	}

	/** Starts a row (zero-based index); {@code heightInPoints} {@code null} keeps the default height. */
	public SheetXml row(int index, Float heightInPoints) {
		row = index + 1;
		buffer.append("<row r=\"").append(row).append('"');
		if (heightInPoints != null) {
			buffer.append(" ht=\"").append(heightInPoints).append("\" customHeight=\"true\"");
		}
		buffer.append('>');
		return this;
	}

	/** A shared-string cell. */
	public SheetXml text(int column, int style, String text) {
		cell(column, style).append(" t=\"s\"><v>").append(strings.index(text)).append("</v></c>");
		return this;
	}

	public SheetXml number(int column, int style, int value) {
		cell(column, style).append(" t=\"n\"><v>").append(value).append("</v></c>");
		return this;
	}

	/** A cell with a style and no value. */
	public SheetXml blank(int column, int style) {
		cell(column, style).append("/>");
		return this;
	}

	private StringBuilder cell(int column, int style) {
		buffer.append("<c r=\"");
		if (column < 26) {
			buffer.append((char) ('A' + column));
		}
		else {
			buffer.append(CellReference.convertNumToColString(column));
		}
		return buffer.append(row).append("\" s=\"").append(style).append('"');
	}

	public SheetXml endRow() throws IOException {
		return raw("</row>");
	}

	/** Text content or an attribute value, with XML's five special characters escaped. */
	public SheetXml escaped(String text) throws IOException {
		// Most texts need nothing escaped: copied at once up to the first character that does.
		int plain = 0;
		while (plain < text.length() && isPlain(text.charAt(plain))) {
			plain++;
		}
		buffer.append(text, 0, plain);
		for (int i = plain; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> buffer.append("&lt;");
				case '>' -> buffer.append("&gt;");
				case '&' -> buffer.append("&amp;");
				case '"' -> buffer.append("&quot;");
				case '\'' -> buffer.append("&apos;");
				default -> buffer.append(isXmlChar(c, text, i) ? c : '\uFFFD');
			}
		}
		if (buffer.length() > FLUSH_AT) {
			flush();
		}
		return this;
	}

	/**
	 * What XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/FFFF) written as Excel's
	 * {@code _xHHHH_} escape, which readers undo; a literal {@code _xHHHH_} is itself escaped, as POI does.
	 */
	static String excelEscaped(String text) {
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean literalEscape = c == '_' && i + 6 < text.length() && text.charAt(i + 1) == 'x'
					&& text.charAt(i + 6) == '_' && isHex(text, i + 2, i + 6);
			if (literalEscape || !isXmlChar(c, text, i)) {
				if (escaped == null) {
					escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
				}
				escaped.append(String.format("_x%04X_", (int) c));
			}
			else if (escaped != null) {
				escaped.append(c);
			}
		}
		return escaped == null ? text : escaped.toString();
	}

	private static boolean isHex(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.digit(text.charAt(i), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	/** Written as it is whatever its neighbours: no markup, no control character, no surrogate. */
	private static boolean isPlain(char c) {
		return c >= 0x20 && c != '<' && c != '>' && c != '&' && c != '"' && c != '\'' && !Character.isSurrogate(c)
				&& c != '\uFFFE' && c != '\uFFFF';
	}

	private static boolean isXmlChar(char c, String text, int i) {
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		if (Character.isHighSurrogate(c)) {
			return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
		}
		if (Character.isLowSurrogate(c)) {
			return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
		}
		return c != '\uFFFE' && c != '\uFFFF';
	}

	public void flush() throws IOException {
		out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
		buffer.setLength(0);
	}

}
