package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings as plain text, read with one SAX pass (the hardened parser of {@link XmlReaders}): what
 * POI's {@code ReadOnlySharedStringsTable(pkg, false).getItemAt(i).getString()} gives (runs joined,
 * phonetic runs left out, Excel's {@code _xHHHH_} escapes undone), without building a rich-text
 * object for every cell read.
 */
final class SharedStrings {

	static final SharedStrings NONE = new SharedStrings(List.of());

	private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private final List<String> strings;

	private SharedStrings(List<String> strings) {
		this.strings = strings;
	}

	static SharedStrings read(InputStream part) throws IOException, SAXException, ParserConfigurationException {
		Handler handler = new Handler();
		XMLReader parser = XmlReaders.with(handler);
		parser.parse(new InputSource(part));
		return new SharedStrings(handler.strings);
	}

	/** @throws IndexOutOfBoundsException for an index the table does not have, as POI does */
	String get(int index) {
		return strings.get(index);
	}

	static String unescaped(String text) {
		if (text.indexOf("_x") < 0) {
			return text;
		}
		Matcher matcher = ESCAPE.matcher(text);
		StringBuilder decoded = new StringBuilder(text.length());
		int last = 0;
		while (matcher.find()) {
			decoded.append(text, last, matcher.start()).append((char) Integer.parseInt(matcher.group(1), 16));
			last = matcher.end();
		}
		return decoded.append(text, last, text.length()).toString();
	}

	private static final class Handler extends DefaultHandler {

		private final List<String> strings = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private boolean inItem;

		private boolean inText;

		private int phonetic;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			switch (localName) {
				case "si" -> {
					inItem = true;
					text.setLength(0);
				}
				case "rPh" -> phonetic++;
				case "t" -> inText = inItem && phonetic == 0;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inText) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			switch (localName) {
				case "si" -> {
					strings.add(unescaped(text.toString()));
					inItem = false;
				}
				case "rPh" -> phonetic--;
				case "t" -> inText = false;
				default -> {
				}
			}
		}

	}

}
