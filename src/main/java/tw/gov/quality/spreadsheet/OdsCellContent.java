package tw.gov.quality.spreadsheet;

import java.time.LocalDateTime;

import javax.xml.stream.XMLStreamReader;

import static tw.gov.quality.spreadsheet.OdsContentParser.CALCEXT;
import static tw.gov.quality.spreadsheet.OdsContentParser.OFFICE;

/**
 * What one {@code table:table-cell} of a content.xml holds, as {@link OdsContentParser} walks it: its typed value
 * from the office:value attributes, and the text of its paragraphs with white space collapsed as ODF says.
 */
final class OdsCellContent {

	private String valueType;

	private String calcValueType;

	private String value;

	private String dateValue;

	private String booleanValue;

	private String stringValue;

	private final StringBuilder text = new StringBuilder();

	private boolean anyParagraph;

	private boolean paragraphStart;

	private boolean pendingSpace;

	/** At a cell's start element: its value attributes, and no text yet. */
	void start(XMLStreamReader xml) {
		valueType = xml.getAttributeValue(OFFICE, "value-type");
		calcValueType = xml.getAttributeValue(CALCEXT, "value-type");
		value = xml.getAttributeValue(OFFICE, "value");
		dateValue = xml.getAttributeValue(OFFICE, "date-value");
		booleanValue = xml.getAttributeValue(OFFICE, "boolean-value");
		stringValue = xml.getAttributeValue(OFFICE, "string-value");
		text.setLength(0);
		anyParagraph = false;
	}

	/** A text:p or text:h begins: a new line after an earlier one. */
	void startParagraph() {
		if (anyParagraph) {
			text.append('\n');
		}
		anyParagraph = true;
		paragraphStart = true;
		pendingSpace = false;
	}

	/** Trailing white space in a paragraph is not content. */
	void endParagraph() {
		pendingSpace = false;
	}

	/** ODF collapses white space in paragraphs as HTML does; text:s, text:tab and text:line-break are kept. */
	void literal(char[] chars, int start, int length) {
		for (int i = start; i < start + length; i++) {
			char c = chars[i];
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				pendingSpace = !paragraphStart;
			}
			else {
				flushSpace();
				text.append(c);
			}
		}
	}

	/** text:s: {@code count} spaces, kept. */
	void spaces(long count) {
		flushSpace();
		text.append(" ".repeat((int) count));
	}

	/** text:tab or text:line-break, kept. */
	void special(String special) {
		flushSpace();
		text.append(special);
	}

	private void flushSpace() {
		if (pendingSpace) {
			text.append(' ');
			pendingSpace = false;
		}
		paragraphStart = false;
	}

	/** The cell at {@code column}; {@code null} when it shows nothing. */
	SheetCell cell(int column) {
		String shown = text.toString();
		if ("error".equals(calcValueType)) {
			return shown.isEmpty() ? null : new SheetCell(column, SheetCell.Kind.ERROR, shown);
		}
		if ("float".equals(valueType) || "percentage".equals(valueType) || "currency".equals(valueType)) {
			String number = plainNumber(value);
			if (number != null) {
				return new SheetCell(column, SheetCell.Kind.NUMBER, number);
			}
		}
		else if ("date".equals(valueType)) {
			LocalDateTime date = SpreadsheetDates.parseIso(dateValue);
			if (date != null) {
				return SpreadsheetDates.cell(column, date);
			}
		}
		else if ("boolean".equals(valueType) && booleanValue != null) {
			String truth = booleanValue.strip();
			boolean isTrue = "true".equalsIgnoreCase(truth) || "1".equals(truth);
			return new SheetCell(column, SheetCell.Kind.BOOLEAN, isTrue ? "TRUE" : "FALSE");
		}
		else if ("string".equals(valueType) && stringValue != null && !stringValue.isEmpty()) {
			shown = stringValue;
		}
		// Strings, times and anything whose value attribute is missing or malformed: what the person sees
		return shown.isEmpty() ? null : new SheetCell(column, SheetCell.Kind.TEXT, shown);
	}

	/** Through a double, like the .xlsx reader: also keeps "1E999999999" from becoming a billion digits. */
	private static String plainNumber(String value) {
		if (value == null) {
			return null;
		}
		try {
			return XlsxSheetHandler.plain(Double.parseDouble(value.strip()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
