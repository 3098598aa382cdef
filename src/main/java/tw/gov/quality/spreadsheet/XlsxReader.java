package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.SAXException;

/**
 * Streams .xlsx sheets: the parts are read straight from the zip ({@link XlsxPackage}, no POI package
 * model), the sheet XML parsed with SAX, and only the shared strings ({@link SharedStrings}) and the
 * cell formats' number formats ({@link CellFormats}) are held in memory. The XML parser is
 * Aalto's, hardened ({@link XmlReaders}: no document type declarations); every part is capped at POI's zip-bomb limits and checked
 * against its CRC as it is read ({@link XlsxPartStream}), and so is every entry no sheet needed, once the sheets are
 * read (or as soon as reading fails: damage is reported before content). Each entry is inflated once: the
 * inspection before reading ({@link SpreadsheetInspector}) leaves an .xlsx's contents to this reader.
 */
public class XlsxReader implements SpreadsheetReader {

	private static final String NOT_XLSX = "檔案不是有效的 Excel 活頁簿（.xlsx），可能已損毀或只是改了副檔名";

	private static final String UNPARSEABLE = "活頁簿內容無法解讀，可能已損毀";

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
			(byte) 0xE1 };

	@Override
	public void read(Path file, RowHandler rowHandler) throws IOException, UnreadableSpreadsheetException {
		// Marked, so that the handler's own failures are not taken for the file's below
		RowHandler handler = HandlerFailure.marking(rowHandler);
		try (XlsxPackage pkg = open(file)) {
			try {
				readSheets(pkg, handler);
			}
			catch (HandlerFailure ex) {
				throw ex;
			}
			catch (UnreadableSpreadsheetException | SAXException | ParserConfigurationException | IOException
					| RuntimeException ex) {
				// Damage anywhere is the file's fault before its content is: as if every entry had been checked first.
				pkg.checkUnread();
				throw ex;
			}
			pkg.checkUnread();
		}
		catch (HandlerFailure ex) {
			throw ex.handlerException();
		}
		catch (SAXException | ParserConfigurationException | IOException | RuntimeException ex) {
			throw fileFault(ex);
		}
	}

	private static void readSheets(XlsxPackage pkg, RowHandler handler)
			throws IOException, SAXException, ParserConfigurationException, UnreadableSpreadsheetException {
		XlsxPackage.Workbook workbook = pkg.workbook();
		if (workbook == null) {
			throw new UnreadableSpreadsheetException(NOT_XLSX);
		}
		SharedStrings strings = workbook.sharedStrings() == null ? SharedStrings.NONE
				: pkg.read(workbook.sharedStrings(), SharedStrings::read);
		CellFormats formats = workbook.styles() == null ? CellFormats.NONE
				: pkg.read(workbook.styles(), CellFormats::read);
		int index = 0;
		for (XlsxPackage.Sheet sheet : workbook.sheets()) {
			if (handler.startSheet(index++, sheet.name())) {
				pkg.parse(sheet.part(), new XlsxSheetHandler(strings, formats, workbook.date1904(), handler));
			}
		}
	}

	/** Opens the zip; a file that is none is refused, saying what it may be instead. */
	private static XlsxPackage open(Path file) throws IOException, UnreadableSpreadsheetException {
		try {
			return XlsxPackage.open(file);
		}
		catch (ZipException ex) {
			if (startsWithOle2(file)) {
				// an encrypted .xlsx and an .xls look alike from outside
				throw refusal(Refusals.passwordProtectedOrNotXlsx(), ex);
			}
			throw new UnreadableSpreadsheetException(NOT_XLSX, ex);
		}
	}

	/**
	 * What went wrong, as the file's fault where it is: a refused part (zip bomb, damage) wherever the
	 * parser wrapped it, or malformed content (the sheet handler and the parser report it with assorted
	 * exceptions; the handler's own failures were marked). A failing disk is no refusal: rethrown.
	 */
	private static UnreadableSpreadsheetException fileFault(Exception ex) throws IOException {
		Throwable cause = ex;
		for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
			if (cause instanceof XlsxPartStream.Refused refused) {
				return refused.refusal();
			}
			if (cause instanceof ZipException) {
				return refusal(Refusals.corrupt(), ex);
			}
		}
		// Bytes that are not the declared encoding are the file's fault too
		if (ex instanceof IOException io && !(ex instanceof java.io.CharConversionException)) {
			throw io;
		}
		return new UnreadableSpreadsheetException(UNPARSEABLE, ex);
	}

	private static boolean startsWithOle2(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(OLE2.length);
			return Arrays.equals(magic, OLE2);
		}
	}

	/** Refusals carry no cause; the log should still get the reader's. */
	private static UnreadableSpreadsheetException refusal(UnreadableSpreadsheetException refusal, Exception cause) {
		refusal.initCause(cause);
		return refusal;
	}

}
