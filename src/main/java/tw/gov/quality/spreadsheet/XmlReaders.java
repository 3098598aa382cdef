package tw.gov.quality.spreadsheet;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * POI's hardened SAX parser (no DTDs, no external entities), one per thread and reused for every part
 * that thread reads: creating one costs more than parsing a small part, and a file has five.
 */
final class XmlReaders {

	private static final ThreadLocal<XMLReader> READERS = new ThreadLocal<>();

	private XmlReaders() {
	}

	/** The thread's parser, with its handlers set; a parser is used for one part at a time. */
	static XMLReader with(org.xml.sax.ContentHandler handler) throws SAXException, ParserConfigurationException {
		XMLReader reader = READERS.get();
		if (reader == null) {
			reader = XMLHelper.newXMLReader();
			READERS.set(reader);
		}
		reader.setContentHandler(handler);
		return reader;
	}

}
