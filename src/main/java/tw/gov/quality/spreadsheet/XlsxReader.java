package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams .xlsx sheets with POI's event API: the sheet XML is parsed with SAX and only the shared
 * strings ({@link SharedStrings}) and the cell formats' number formats ({@link CellFormats}) are held
 * in memory. The XML parser is POI's hardened one (no external
 * entities); POI's zip-bomb checks stay on.
 */
public class XlsxReader implements SpreadsheetReader {

	private static final String NOT_XLSX = "檔案不是有效的 Excel 活頁簿（.xlsx），可能已損毀或只是改了副檔名";

	private static final String UNPARSEABLE = "活頁簿內容無法解讀，可能已損毀";

	/** How POI's ZipArchiveThresholdInputStream begins both of its zip-bomb messages. */
	private static final String ZIP_BOMB = "Zip bomb detected";

	@Override
	public void read(Path file, RowHandler rowHandler) throws IOException, UnreadableSpreadsheetException {
		// Marked, so that the handler's own failures are not taken for the file's below
		RowHandler handler = HandlerFailure.marking(rowHandler);
		try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
			XSSFReader reader = new XSSFReader(pkg);
			SharedStrings strings = sharedStrings(reader);
			CellFormats formats = cellFormats(reader);
			boolean date1904 = usesDate1904(reader);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			int index = 0;
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (handler.startSheet(index++, sheets.getSheetName())) {
						XMLReader parser = XmlReaders.with(new XlsxSheetHandler(strings, formats, date1904, handler));
						parser.parse(new InputSource(sheet));
					}
				}
			}
		}
		catch (HandlerFailure ex) {
			throw ex.handlerException();
		}
		catch (IOException ex) {
			if (isZipBomb(ex)) {
				throw refusal(Refusals.zipBomb(), ex);
			}
			throw ex;
		}
		catch (OLE2NotOfficeXmlFileException ex) {
			throw refusal(Refusals.passwordProtectedOrNotXlsx(), ex);
		}
		catch (InvalidFormatException | UnsupportedFileFormatException | EmptyFileException ex) {
			throw new UnreadableSpreadsheetException(NOT_XLSX, ex);
		}
		catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			// POI and the sheet handler report malformed parts and values with assorted runtime exceptions
			// (POIXMLException, NumberFormatException, IllegalStateException...); the handler's own failures
			// were marked above, so anything left is the file's fault
			if (isZipBomb(ex)) {
				throw refusal(Refusals.zipBomb(), ex);
			}
			throw new UnreadableSpreadsheetException(UNPARSEABLE, ex);
		}
	}

	/** The shared strings part as plain strings; none if the workbook has no such part. */
	private static SharedStrings sharedStrings(XSSFReader reader)
			throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
		InputStream part;
		try {
			part = reader.getSharedStringsData();
		}
		catch (IllegalArgumentException ex) {
			return SharedStrings.NONE;
		}
		if (part == null) {
			return SharedStrings.NONE;
		}
		try (part) {
			return SharedStrings.read(part);
		}
	}

	/** The styles part's number formats, read once per file; none if the workbook has no styles part. */
	private static CellFormats cellFormats(XSSFReader reader)
			throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
		InputStream part;
		try {
			part = reader.getStylesData();
		}
		catch (IllegalArgumentException ex) {
			// POI's way of saying that the workbook has no part of that kind
			return CellFormats.NONE;
		}
		if (part == null) {
			return CellFormats.NONE;
		}
		try (part) {
			return CellFormats.read(part);
		}
	}

	/**
	 * Whether the workbook counts days from 1904 (old Mac Excel) rather than 1900: {@code <workbookPr
	 * date1904="1"/>} in the workbook part, which POI's event API leaves to its callers.
	 */
	private static boolean usesDate1904(XSSFReader reader)
			throws IOException, InvalidFormatException, SAXException, ParserConfigurationException {
		try (InputStream workbook = reader.getWorkbookData()) {
			WorkbookProperties properties = new WorkbookProperties();
			XMLReader parser = XmlReaders.with(properties);
			parser.parse(new InputSource(workbook));
			return properties.date1904;
		}
	}

	/**
	 * POI's zip-bomb guard (ZipSecureFile) throws a plain IOException, which may come wrapped by a
	 * parser or POI itself; only its message tells it from a failing disk.
	 */
	private static boolean isZipBomb(Throwable ex) {
		// Bounded: a cause chain may loop
		Throwable cause = ex;
		for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
			if (cause instanceof IOException && cause.getMessage() != null
					&& cause.getMessage().startsWith(ZIP_BOMB)) {
				return true;
			}
		}
		return false;
	}

	/** Refusals carry no cause; the log should still get POI's. */
	private static UnreadableSpreadsheetException refusal(UnreadableSpreadsheetException refusal, Exception cause) {
		refusal.initCause(cause);
		return refusal;
	}

	private static final class WorkbookProperties extends DefaultHandler {

		private boolean date1904;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if ("workbookPr".equals(localName)) {
				// xsd:boolean, so "1" or "true"
				String value = attributes.getValue("date1904");
				date1904 = "1".equals(value) || "true".equals(value);
			}
		}

	}

}
