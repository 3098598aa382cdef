package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The one thing a reader needs from a workbook's styles part: each cell format's number format, to
 * tell a date from a number. Read with one SAX pass instead of POI's full styles model (fonts, fills,
 * borders and all), which cost more than reading the sheet.
 */
final class CellFormats {

	static final CellFormats NONE = new CellFormats(List.of(), Map.of());

	/** numFmtId of each {@code <xf>} in {@code <cellXfs>}, by position: what a cell's {@code s} points at. */
	private final List<Integer> formatIds;

	/** The workbook's own number formats ({@code <numFmt>}), by id. */
	private final Map<Integer, String> custom;

	/** Whether each format may show a date, asked once per format: POI's own cache holds only the last one asked. */
	private final Boolean[] dates;

	private CellFormats(List<Integer> formatIds, Map<Integer, String> custom) {
		this.formatIds = formatIds;
		this.custom = custom;
		this.dates = new Boolean[formatIds.size()];
	}

	static CellFormats read(InputStream styles) throws IOException, SAXException, ParserConfigurationException {
		Handler handler = new Handler();
		XMLReader parser = XmlReaders.with(handler);
		parser.parse(new InputSource(styles));
		return new CellFormats(handler.formatIds, handler.custom);
	}

	/** @return whether the workbook has that cell format */
	boolean has(int xf) {
		return xf >= 0 && xf < formatIds.size();
	}

	/** Whether the cell format is a date (or time) format; {@code false} if the workbook has no such format. */
	boolean isDate(int xf) {
		if (!has(xf)) {
			return false;
		}
		Boolean date = dates[xf];
		if (date == null) {
			String format = formatString(xf);
			date = format != null && DateUtil.isADateFormat(formatId(xf), format);
			dates[xf] = date;
		}
		return date;
	}

	short formatId(int xf) {
		return (short) (int) formatIds.get(xf);
	}

	/** The format code, as POI's {@code XSSFCellStyle.getDataFormatString()} gives it; {@code null} if unknown. */
	String formatString(int xf) {
		int id = formatIds.get(xf);
		String own = custom.get(id);
		return own != null ? own : BuiltinFormats.getBuiltinFormat(id);
	}

	private static final class Handler extends DefaultHandler {

		private final List<Integer> formatIds = new ArrayList<>();

		private final Map<Integer, String> custom = new HashMap<>();

		private boolean inCellXfs;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "numFmt" -> {
					Integer id = number(attributes.getValue("numFmtId"));
					String code = attributes.getValue("formatCode");
					if (id != null && code != null) {
						custom.put(id, code);
					}
				}
				case "cellXfs" -> inCellXfs = true;
				case "xf" -> {
					if (inCellXfs) {
						Integer id = number(attributes.getValue("numFmtId"));
						formatIds.add(id == null ? 0 : id);
					}
				}
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if ("cellXfs".equals(localName)) {
				inCellXfs = false;
			}
		}

		private static Integer number(String value) {
			if (value == null) {
				return null;
			}
			try {
				return Integer.valueOf(value.strip());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}

	}

}
