package tw.gov.quality.spreadsheet;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks an OpenDocument content.xml with StAX and reports rows the way {@link XlsxSheetHandler} does:
 * typed cells from the office:value attributes, text from the paragraphs.
 * <p>
 * Repeat counts are never looped over for empty rows and cells: LibreOffice pads every sheet with a
 * row repeated about a million times. Repeats with content are capped, and the copies made over the
 * whole file are budgeted, so a few bytes of XML cannot demand millions of rows.
 */
class OdsContentParser {

	private static final Logger log = LoggerFactory.getLogger(OdsContentParser.class);

	static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

	private static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

	/** Copies of one repeated row with content; identical rows beyond this are filler, not data. */
	static final int MAX_REPEATED_ROWS = 10_000;

	/** Copies of one repeated cell with content: a full row of the largest grid (Excel's 16,384 columns). */
	static final int MAX_REPEATED_CELLS = 16_384;

	/** Cells and spaces made from repeat counts over the whole file; beyond this the file is refused. */
	static final long MAX_EXPANDED = 1_000_000;

	private final RowHandler handler;

	private long expanded;

	/** Depth of the current element; the *Depth fields below hold the depth of an open element, or -1. */
	private int depth;

	private int skipDepth = -1;

	private int spreadsheetDepth = -1;

	private int tableDepth = -1;

	private int rowDepth = -1;

	private int cellDepth = -1;

	private int paragraphDepth = -1;

	private int sheetIndex = -1;

	private long nextRow;

	private long rowRepeat;

	private final List<SheetCell> rowCells = new ArrayList<>();

	private long nextColumn;

	private long cellRepeat;

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

	OdsContentParser(RowHandler handler) {
		this.handler = handler;
	}

	void parse(XMLStreamReader xml) throws XMLStreamException, UnreadableSpreadsheetException {
		while (xml.hasNext()) {
			switch (xml.next()) {
				case XMLStreamConstants.START_ELEMENT -> {
					depth++;
					if (skipDepth < 0) {
						start(xml);
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					if (skipDepth == depth) {
						skipDepth = -1;
					}
					else if (skipDepth < 0) {
						end();
					}
					depth--;
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (skipDepth < 0 && paragraphDepth >= 0) {
						literal(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
					}
				}
				// content.xml never needs a DTD; one is only there to smuggle in entities
				case XMLStreamConstants.DTD -> throw new UnreadableSpreadsheetException(OdsReader.DOCTYPE);
				default -> {
				}
			}
		}
	}

	private void start(XMLStreamReader xml) throws UnreadableSpreadsheetException {
		String ns = xml.getNamespaceURI();
		String name = xml.getLocalName();
		if (cellDepth >= 0) {
			startInCell(xml, ns, name);
		}
		else if (OFFICE.equals(ns) && "spreadsheet".equals(name)) {
			spreadsheetDepth = depth;
		}
		else if (TABLE.equals(ns)) {
			switch (name) {
				case "table" -> startTable(xml);
				case "table-row" -> startRow(xml);
				case "table-cell", "covered-table-cell" -> startCell(xml);
				// Drawings anchored to the sheet, not data
				case "shapes" -> skipDepth = depth;
				default -> {
				}
			}
		}
	}

	private void startTable(XMLStreamReader xml) {
		// Only office:spreadsheet's children are sheets; DDE links, for one, cache data in tables too
		if (spreadsheetDepth < 0 || depth != spreadsheetDepth + 1) {
			skipDepth = depth;
			return;
		}
		sheetIndex++;
		if (handler.startSheet(sheetIndex, xml.getAttributeValue(TABLE, "name"))) {
			tableDepth = depth;
			nextRow = 0;
		}
		else {
			skipDepth = depth;
		}
	}

	private void startRow(XMLStreamReader xml) {
		if (tableDepth < 0 || rowDepth >= 0) {
			return;
		}
		rowDepth = depth;
		rowRepeat = repeat(xml.getAttributeValue(TABLE, "number-rows-repeated"));
		rowCells.clear();
		nextColumn = 0;
	}

	private void startCell(XMLStreamReader xml) {
		if (rowDepth < 0) {
			return;
		}
		cellDepth = depth;
		cellRepeat = repeat(xml.getAttributeValue(TABLE, "number-columns-repeated"));
		valueType = xml.getAttributeValue(OFFICE, "value-type");
		calcValueType = xml.getAttributeValue(CALCEXT, "value-type");
		value = xml.getAttributeValue(OFFICE, "value");
		dateValue = xml.getAttributeValue(OFFICE, "date-value");
		booleanValue = xml.getAttributeValue(OFFICE, "boolean-value");
		stringValue = xml.getAttributeValue(OFFICE, "string-value");
		text.setLength(0);
		anyParagraph = false;
	}

	private void startInCell(XMLStreamReader xml, String ns, String name) throws UnreadableSpreadsheetException {
		// Comments, drawings, footnotes and nested tables have paragraphs of their own that are not the value
		if (DRAW.equals(ns) || (OFFICE.equals(ns) && "annotation".equals(name)) || (TABLE.equals(ns) && "table".equals(name))
				|| (TEXT.equals(ns) && "note".equals(name))) {
			skipDepth = depth;
			return;
		}
		if (!TEXT.equals(ns)) {
			return;
		}
		if (paragraphDepth < 0) {
			if ("p".equals(name) || "h".equals(name)) {
				if (anyParagraph) {
					text.append('\n');
				}
				anyParagraph = true;
				paragraphDepth = depth;
				paragraphStart = true;
				pendingSpace = false;
			}
			return;
		}
		switch (name) {
			case "s" -> spaces(repeat(xml.getAttributeValue(TEXT, "c")));
			case "tab" -> content("\t");
			case "line-break" -> content("\n");
			// span, a and the like: their characters arrive as text
			default -> {
			}
		}
	}

	private void end() throws UnreadableSpreadsheetException {
		if (depth == paragraphDepth) {
			// Trailing white space in a paragraph is not content
			paragraphDepth = -1;
			pendingSpace = false;
		}
		else if (depth == cellDepth) {
			endCell();
		}
		else if (depth == rowDepth) {
			endRow();
		}
		else if (depth == tableDepth) {
			tableDepth = -1;
		}
		else if (depth == spreadsheetDepth) {
			spreadsheetDepth = -1;
		}
	}

	private void endCell() throws UnreadableSpreadsheetException {
		cellDepth = -1;
		SheetCell cell = (nextColumn <= Integer.MAX_VALUE) ? cell((int) nextColumn) : null;
		if (cell != null) {
			long copies = Math.min(cellRepeat, MAX_REPEATED_CELLS);
			if (copies < cellRepeat) {
				log.warn("Cell repeated {} times in sheet {}, row {}: only the first {} copies are read", cellRepeat,
						sheetIndex, nextRow + 1, copies);
			}
			expand(copies - 1);
			for (long column = nextColumn; column < nextColumn + copies && column <= Integer.MAX_VALUE; column++) {
				rowCells.add(new SheetCell((int) column, cell.kind(), cell.text()));
			}
		}
		nextColumn += cellRepeat;
	}

	private void endRow() throws UnreadableSpreadsheetException {
		rowDepth = -1;
		if (!rowCells.isEmpty()) {
			long copies = Math.min(rowRepeat, MAX_REPEATED_ROWS);
			if (copies < rowRepeat) {
				log.warn("Row repeated {} times in sheet {} at row {}: only the first {} copies are read", rowRepeat,
						sheetIndex, nextRow + 1, copies);
			}
			expand((copies - 1) * rowCells.size());
			// Copies share one immutable cell list
			List<SheetCell> cells = List.copyOf(rowCells);
			rowCells.clear();
			for (long row = nextRow; row < nextRow + copies && row <= Integer.MAX_VALUE; row++) {
				handler.row(new SheetRow((int) row, cells));
			}
		}
		nextRow += rowRepeat;
	}

	private SheetCell cell(int column) {
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

	/** ODF collapses white space in paragraphs as HTML does; text:s, text:tab and text:line-break are kept. */
	private void literal(char[] chars, int start, int length) {
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

	private void spaces(long count) throws UnreadableSpreadsheetException {
		expand(count - 1);
		flushSpace();
		text.append(" ".repeat((int) count));
	}

	private void content(String special) {
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

	private void expand(long copies) throws UnreadableSpreadsheetException {
		expanded += copies;
		if (expanded > MAX_EXPANDED) {
			throw new UnreadableSpreadsheetException(OdsReader.TOO_MANY_REPEATS);
		}
	}

	/** A repeat count: at least 1, at most Integer.MAX_VALUE so that sums of them cannot overflow. */
	private static long repeat(String count) {
		if (count == null) {
			return 1;
		}
		try {
			return Math.max(1, Math.min(Long.parseLong(count.strip()), Integer.MAX_VALUE));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
