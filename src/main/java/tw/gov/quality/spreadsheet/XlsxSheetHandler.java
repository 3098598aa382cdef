package tw.gov.quality.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet part. Keeps the cell type (a number stays a number, a date-formatted
 * number becomes a date) and takes formulas' cached values.
 */
class XlsxSheetHandler extends DefaultHandler {

	private final SharedStrings strings;

	private final CellFormats formats;

	private final boolean date1904;

	/** One per thread, not per sheet: building one costs more than reading a small sheet. */
	private static final ThreadLocal<DataFormatter> FORMATTER = ThreadLocal.withInitial(SpreadsheetDates::timeFormatter);

	private final DataFormatter formatter = FORMATTER.get();

	private final RowHandler handler;

	private final StringBuilder value = new StringBuilder();

	private List<SheetCell> cells = new ArrayList<>();

	private int rowIndex = -1;

	private int nextColumn;

	private int column;

	private String type;

	private String style;

	private boolean inValue;

	private boolean inInlineText;

	XlsxSheetHandler(SharedStrings strings, CellFormats formats, boolean date1904, RowHandler handler) {
		this.strings = strings;
		this.formats = formats;
		this.date1904 = date1904;
		this.handler = handler;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				rowIndex = (r != null) ? Integer.parseInt(r) - 1 : rowIndex + 1;
				cells = new ArrayList<>();
				nextColumn = 0;
			}
			case "c" -> {
				// One pass over the cell's few attributes, not a lookup by name for each of three.
				String ref = null;
				type = null;
				style = null;
				for (int i = 0; i < attributes.getLength(); i++) {
					switch (attributes.getLocalName(i)) {
						case "r" -> ref = attributes.getValue(i);
						case "t" -> type = attributes.getValue(i);
						case "s" -> style = attributes.getValue(i);
						default -> {
						}
					}
				}
				column = (ref != null) ? column(ref) : nextColumn;
				nextColumn = column + 1;
				value.setLength(0);
			}
			case "v" -> inValue = true;
			case "t" -> inInlineText = "inlineStr".equals(type);
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		// An inline string's text is in <is><t>; a stray <v> beside it (POI leaves one when it retypes
		// such a cell) is ignored, as POI's own reader does.
		if (inInlineText || (inValue && !"inlineStr".equals(type))) {
			value.append(ch, start, length);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		switch (localName) {
			case "v" -> inValue = false;
			case "t" -> inInlineText = false;
			case "c" -> {
				SheetCell cell = cell();
				if (cell != null) {
					cells.add(cell);
				}
			}
			case "row" -> {
				// A row of styled blanks or empty strings carries nothing; the other readers skip it too
				if (!cells.isEmpty()) {
					handler.row(new SheetRow(rowIndex, cells));
				}
			}
			default -> {
			}
		}
	}

	private SheetCell cell() {
		String raw = value.toString();
		if (raw.isEmpty()) {
			return null;
		}
		if (type == null || "n".equals(type)) {
			return numeric(raw);
		}
		return switch (type) {
			// getString() has already undone Excel's _xHHHH_ escapes; undoing them again would turn a
			// literal "_x0041_" (stored as "_x005F_x0041_") into "A"
			case "s" -> text(strings.get(Integer.parseInt(raw)));
			case "inlineStr", "str" -> text(raw);
			case "b" -> new SheetCell(column, SheetCell.Kind.BOOLEAN, "1".equals(raw) ? "TRUE" : "FALSE");
			case "e" -> new SheetCell(column, SheetCell.Kind.ERROR, raw);
			case "d" -> isoDate(raw);
			default -> new SheetCell(column, SheetCell.Kind.TEXT, raw);
		};
	}

	/** An empty string is no content, as in the .xls and .ods readers. */
	private SheetCell text(String text) {
		return text.isEmpty() ? null : new SheetCell(column, SheetCell.Kind.TEXT, text);
	}

	/** A date stored as ISO text; one that is not valid ISO stays what the person sees, like in .ods. */
	private SheetCell isoDate(String raw) {
		LocalDateTime date = SpreadsheetDates.parseIso(raw);
		return (date != null) ? SpreadsheetDates.cell(column, date) : text(raw);
	}

	private SheetCell numeric(String raw) {
		double number = Double.parseDouble(raw);
		int xf = (style != null) ? Integer.parseInt(style) : -1;
		if (formats.isDate(xf)) {
			SheetCell date = SpreadsheetDates.fromSerial(column, number, formats.formatId(xf), formats.formatString(xf),
					date1904, formatter);
			if (date != null) {
				return date;
			}
		}
		return new SheetCell(column, SheetCell.Kind.NUMBER, plain(number));
	}

	/** The column of a cell reference such as {@code AB12} (zero-based), without parsing the row. */
	static int column(String ref) {
		int column = 0;
		int i = 0;
		for (; i < ref.length(); i++) {
			char c = ref.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				column = column * 26 + (c - 'A' + 1);
			}
			else if (c >= 'a' && c <= 'z') {
				column = column * 26 + (c - 'a' + 1);
			}
			else if (c != '$') {
				break;
			}
		}
		if (column == 0 || i == ref.length()) {
			// Not the usual letters-then-digits: let POI make what it can of it, or fail as before
			return new CellReference(ref).getCol();
		}
		return column - 1;
	}

	static String plain(double number) {
		return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
	}

}
