package tw.gov.quality.spreadsheet;

import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.aalto.sax.SAXParserFactoryImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The SAX parser every .xlsx part is read with: Aalto's (FasterXML), about twice as fast as the JDK's
 * on sheet parts, one per thread and reused for every part that thread reads (a file has five).
 * Aalto expands no entity a document declares (a reference to one is an error), so neither external
 * nor self-expanding entities can do harm; a document type declaration is refused outright as well,
 * before anything in it is read, since no part of a workbook has one.
 */
final class XmlReaders {

	private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler";

	private static final ThreadLocal<XMLReader> READERS = new ThreadLocal<>();

	private XmlReaders() {
	}

	/** The thread's parser, with its handlers set; a parser is used for one part at a time. */
	static XMLReader with(org.xml.sax.ContentHandler handler) throws SAXException, ParserConfigurationException {
		XMLReader reader = READERS.get();
		if (reader == null) {
			reader = newReader();
			READERS.set(reader);
		}
		reader.setContentHandler(handler);
		return reader;
	}

	private static XMLReader newReader() throws SAXException, ParserConfigurationException {
		SAXParserFactoryImpl factory = new SAXParserFactoryImpl();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		XMLReader reader = factory.newSAXParser().getXMLReader();
		reader.setFeature("http://xml.org/sax/features/external-general-entities", false);
		reader.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		reader.setProperty(LEXICAL_HANDLER, new NoDocumentType());
		return reader;
	}

	/** Stops the parse at a DOCTYPE, before anything in it is read. */
	private static final class NoDocumentType extends DefaultHandler2 {

		@Override
		public void startDTD(String name, String publicId, String systemId) throws SAXException {
			throw new SAXException("A document type declaration is refused in a workbook part");
		}

	}

}
