package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams .ods (OpenDocument spreadsheet, as saved by LibreOffice and the NDC ODF tools): content.xml
 * is read from the zip with StAX, never into memory as a whole. No DTD is accepted and no entity is
 * resolved; what is inflated is capped, so a zip bomb fails fast.
 */
class OdsReader implements SpreadsheetReader {

	/** Uncompressed bytes allowed for content.xml unless told otherwise. */
	public static final long DEFAULT_MAX_CONTENT_BYTES = 100L * 1024 * 1024;

	private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";

	private static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

	private static final String NOT_ODS = "檔案不是 OpenDocument 試算表（.ods），可能已損毀或只是改了副檔名";

	private static final String PASSWORD_PROTECTED = "試算表設有密碼保護，系統無法開啟；請在 LibreOffice 或 ODF 編輯軟體中取消密碼後另存新檔，再重新上傳";

	private static final String UNPARSEABLE = "試算表內容無法解讀，可能設有密碼保護或已損毀；如有密碼，請取消密碼後另存新檔，再重新上傳";

	static final String DOCTYPE = "試算表內容含有不允許的 DOCTYPE 宣告，檔案可能遭竄改，無法處理";

	static final String TOO_MANY_REPEATS = "試算表中重複的儲存格過多，檔案可能異常，無法處理";

	private final long maxContentBytes;

	public OdsReader() {
		this(DEFAULT_MAX_CONTENT_BYTES);
	}

	/** @param maxContentBytes uncompressed bytes allowed for content.xml (and for the manifest) */
	public OdsReader(long maxContentBytes) {
		this.maxContentBytes = maxContentBytes;
	}

	@Override
	public void read(Path file, RowHandler handler) throws IOException, UnreadableSpreadsheetException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (!MIMETYPE.equals(mimetype(zip))) {
				throw new UnreadableSpreadsheetException(NOT_ODS);
			}
			if (encrypted(zip)) {
				throw new UnreadableSpreadsheetException(PASSWORD_PROTECTED);
			}
			ZipEntry content = zip.getEntry("content.xml");
			if (content == null) {
				throw new UnreadableSpreadsheetException(NOT_ODS);
			}
			if (content.getSize() > maxContentBytes) {
				// The declared size may lie; the capped stream is what actually protects
				throw tooLarge(null);
			}
			try (CappedInputStream in = new CappedInputStream(zip.getInputStream(content), maxContentBytes)) {
				XMLStreamReader xml = null;
				try {
					xml = secureFactory().createXMLStreamReader(in);
					new OdsContentParser(handler).parse(xml);
				}
				catch (XMLStreamException ex) {
					if (in.exceeded()) {
						throw tooLarge(ex);
					}
					throw new UnreadableSpreadsheetException(UNPARSEABLE, ex);
				}
				finally {
					close(xml);
				}
			}
		}
		catch (ZipException ex) {
			throw new UnreadableSpreadsheetException(NOT_ODS, ex);
		}
	}

	private static String mimetype(ZipFile zip) throws IOException {
		ZipEntry entry = zip.getEntry("mimetype");
		if (entry == null) {
			return null;
		}
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(MIMETYPE.length() + 16), StandardCharsets.US_ASCII).strip();
		}
	}

	/** ODF encrypts content.xml itself; only the manifest says so in plain text. */
	private boolean encrypted(ZipFile zip) throws IOException, UnreadableSpreadsheetException {
		ZipEntry entry = zip.getEntry("META-INF/manifest.xml");
		if (entry == null) {
			return false;
		}
		try (CappedInputStream in = new CappedInputStream(zip.getInputStream(entry), maxContentBytes)) {
			XMLStreamReader xml = null;
			try {
				xml = secureFactory().createXMLStreamReader(in);
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && MANIFEST.equals(xml.getNamespaceURI())
							&& "encryption-data".equals(xml.getLocalName())) {
						return true;
					}
				}
				return false;
			}
			catch (XMLStreamException ex) {
				if (in.exceeded()) {
					throw tooLarge(ex);
				}
				// A broken manifest alone does not make a spreadsheet unreadable; content.xml decides
				return false;
			}
			finally {
				close(xml);
			}
		}
	}

	private UnreadableSpreadsheetException tooLarge(Exception cause) {
		long mb = 1024 * 1024;
		String limit = (maxContentBytes >= mb) ? (maxContentBytes / mb) + " MB" : maxContentBytes + " 位元組";
		return new UnreadableSpreadsheetException("試算表內容解壓縮後超過上限（" + limit + "），無法處理", cause);
	}

	/** No DTD, no external entities, nothing fetched: content.xml never legitimately needs any of it. */
	static XMLInputFactory secureFactory() {
		// The JDK's own, whatever else on the class path registers itself as the StAX provider
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		if (factory.isPropertySupported(XMLConstants.ACCESS_EXTERNAL_DTD)) {
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		}
		// The JDK's parser would otherwise print "[Fatal Error]" lines to stderr besides throwing
		factory.setXMLReporter((message, type, info, location) -> {
		});
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("External entity refused: " + systemId);
		});
		return factory;
	}

	private static void close(XMLStreamReader xml) {
		if (xml != null) {
			try {
				xml.close();
			}
			catch (XMLStreamException ex) {
				// Nothing left to release that the zip file's own close does not
			}
		}
	}

}
