package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The floor the benchmark measures the service against: for each file, unzip and read the shared
 * strings and the first worksheet with StAX, resolving every cell to its text. No checks, no
 * database, no receipt; what any reader of these files must at least do.
 */
final class RawPass {

	// The JDK's own StAX parser, as the raw pass has always been measured (Aalto registers itself as the provider)
	private static final XMLInputFactory XML = XMLInputFactory.newDefaultFactory();

	static {
		XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	private RawPass() {
	}

	/** One pass: how long it took, and the non-empty cells it read (so that nothing is optimised away). */
	record Timed(long nanos, long cells) {
	}

	static Timed timed(List<Path> files) throws IOException, XMLStreamException {
		long start = System.nanoTime();
		long cells = 0;
		for (Path file : files) {
			cells += readOne(file);
		}
		return new Timed(System.nanoTime() - start, cells);
	}

	private static long readOne(Path file) throws IOException, XMLStreamException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			List<String> strings = sharedStrings(zip);
			ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
			long cells = 0;
			try (InputStream in = zip.getInputStream(sheet)) {
				XMLStreamReader xml = XML.createXMLStreamReader(in);
				String type = null;
				StringBuilder value = new StringBuilder();
				boolean inValue = false;
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						String name = xml.getLocalName();
						if ("c".equals(name)) {
							type = xml.getAttributeValue(null, "t");
							value.setLength(0);
						}
						else if ("v".equals(name) || "t".equals(name)) {
							inValue = true;
						}
					}
					else if (event == XMLStreamConstants.CHARACTERS && inValue) {
						value.append(xml.getText());
					}
					else if (event == XMLStreamConstants.END_ELEMENT) {
						String name = xml.getLocalName();
						if ("v".equals(name) || "t".equals(name)) {
							inValue = false;
						}
						else if ("c".equals(name) && value.length() > 0) {
							String text = "s".equals(type) ? strings.get(Integer.parseInt(value.toString()))
									: value.toString();
							if (!text.isEmpty()) {
								cells++;
							}
						}
					}
				}
				xml.close();
			}
			return cells;
		}
	}

	private static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
		List<String> strings = new ArrayList<>();
		ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
		if (entry == null) {
			return strings;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			XMLStreamReader xml = XML.createXMLStreamReader(in);
			StringBuilder item = new StringBuilder();
			boolean inText = false;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					if ("si".equals(name)) {
						item.setLength(0);
					}
					else if ("t".equals(name)) {
						inText = true;
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS && inText) {
					item.append(xml.getText());
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = xml.getLocalName();
					if ("t".equals(name)) {
						inText = false;
					}
					else if ("si".equals(name)) {
						strings.add(item.toString());
					}
				}
			}
			xml.close();
		}
		return strings;
	}

}
