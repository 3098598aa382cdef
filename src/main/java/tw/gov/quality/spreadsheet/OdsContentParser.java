package tw.gov.quality.spreadsheet;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks an OpenDocument content.xml with StAX and reports rows the way {@link XlsxSheetHandler} does:
 * typed cells from the office:value attributes, text from the paragraphs.
 * <p>
 * Repeat counts are never looped over for empty rows and cells: LibreOffice pads every sheet with a
 * row repeated about a million times. Repeats with content are capped, and the copies made over the
 * whole file are budgeted, so a few bytes of XML cannot demand millions of rows.
 */
class OdsContentParser {

	static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

	static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

	/** Copies of one repeated row with content; identical rows beyond this are filler, not data. */
	static final int MAX_REPEATED_ROWS = 10_000;

	/** Copies of one repeated cell with content: a full row of the largest grid (Excel's 16,384 columns). */
	static final int MAX_REPEATED_CELLS = 16_384;

	/** Cells and spaces made from repeat counts over the whole file; beyond this the file is refused. */
	static final long MAX_EXPANDED = 1_000_000;

	private final RowHandler handler;

	private final OdsRepeats repeats;

	/** Depth of the current element; the *Depth fields below hold the depth of an open element, or -1. */
	private int depth;

	private int skipDepth = -1;

	private int spreadsheetDepth = -1;

	private int tableDepth = -1;

	private int rowDepth = -1;

	private int cellDepth = -1;

	private int paragraphDepth = -1;

	private int sheetIndex = -1;

	private final OdsCellContent content = new OdsCellContent();

	OdsContentParser(RowHandler handler) {
		this.handler = handler;
		this.repeats = new OdsRepeats(handler);
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
						content.literal(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
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
			repeats.startSheet(sheetIndex);
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
		repeats.startRow(xml.getAttributeValue(TABLE, "number-rows-repeated"));
	}

	private void startCell(XMLStreamReader xml) {
		if (rowDepth < 0) {
			return;
		}
		cellDepth = depth;
		repeats.startCell(xml.getAttributeValue(TABLE, "number-columns-repeated"));
		content.start(xml);
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
				paragraphDepth = depth;
				content.startParagraph();
			}
			return;
		}
		switch (name) {
			case "s" -> spaces(OdsRepeats.repeat(xml.getAttributeValue(TEXT, "c")));
			case "tab" -> content.special("\t");
			case "line-break" -> content.special("\n");
			// span, a and the like: their characters arrive as text
			default -> {
			}
		}
	}

	private void end() throws UnreadableSpreadsheetException {
		if (depth == paragraphDepth) {
			paragraphDepth = -1;
			content.endParagraph();
		}
		else if (depth == cellDepth) {
			cellDepth = -1;
			repeats.endCell(content);
		}
		else if (depth == rowDepth) {
			rowDepth = -1;
			repeats.endRow();
		}
		else if (depth == tableDepth) {
			tableDepth = -1;
		}
		else if (depth == spreadsheetDepth) {
			spreadsheetDepth = -1;
		}
	}

	private void spaces(long count) throws UnreadableSpreadsheetException {
		repeats.expand(count - 1);
		content.spaces(count);
	}

}
