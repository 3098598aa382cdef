package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The shared strings part of one streamed package ({@link PreparedPackage}), in first-use order: the
 * sheets index their texts here as {@link SheetXml} writes them, and the table is written after them.
 */
public final class StringTable {

	private final Map<String, Integer> index = new LinkedHashMap<>();

	private int uses;

	/** The text's number in the table, added on first use. */
	public int index(String text) {
		uses++;
		return index.computeIfAbsent(text, key -> index.size());
	}

	public void write(OutputStream out) throws IOException {
		SheetXml xml = new SheetXml(out, this);
		xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"" + uses + "\" uniqueCount=\"" + index.size()
				+ "\" xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
		for (String text : index.keySet()) {
			xml.raw(text.isEmpty() || (text.strip().length() == text.length()) ? "<si><t>"
					: "<si><t xml:space=\"preserve\">");
			xml.escaped(SheetXml.excelEscaped(text));
			xml.raw("</t></si>");
		}
		xml.raw("</sst>");
		xml.flush();
	}

}
