package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.poifs.filesystem.OfficeXmlFileException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Streams .xls (Excel 97-2003, BIFF8) sheets with POI's HSSF event API: records are read one at a
 * time and only the shared strings and formats are held in memory; no HSSFWorkbook is ever built.
 */
class XlsReader implements SpreadsheetReader {

	private static final String PASSWORD_PROTECTED = "活頁簿設有密碼保護，系統無法開啟；請在 Excel 中移除密碼後另存新檔，再重新上傳";

	private static final String NOT_XLS = "檔案不是有效的 Excel 97-2003 活頁簿（.xls），可能已損毀或只是改了副檔名";

	private static final String TOO_OLD = "活頁簿是 Excel 95 或更舊的格式，請以 Excel 另存為 .xlsx 後再上傳";

	@Override
	public void read(Path file, RowHandler handler) throws IOException, UnreadableSpreadsheetException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			// An encrypted .xlsx is an OLE2 container too: say so instead of "not an .xls"
			if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
				throw new UnreadableSpreadsheetException(PASSWORD_PROTECTED);
			}
			Entry stream = root.hasEntryCaseInsensitive("Workbook") ? root.getEntryCaseInsensitive("Workbook") : null;
			if (!(stream instanceof DocumentEntry)) {
				throw new UnreadableSpreadsheetException(root.hasEntryCaseInsensitive("Book") ? TOO_OLD : NOT_XLS);
			}
			XlsRecordListener listener = new XlsRecordListener(handler);
			HSSFRequest request = new HSSFRequest();
			request.addListenerForAllRecords(listener.withFormatTracking());
			try (InputStream workbook = root.createDocumentInputStream(stream)) {
				new HSSFEventFactory().processEvents(request, workbook);
			}
		}
		catch (HandlerFailure ex) {
			throw ex.handlerException();
		}
		catch (EncryptedDocumentException ex) {
			throw new UnreadableSpreadsheetException(PASSWORD_PROTECTED, ex);
		}
		catch (OldExcelFormatException ex) {
			throw new UnreadableSpreadsheetException(TOO_OLD, ex);
		}
		catch (NotOLE2FileException | OfficeXmlFileException | EmptyFileException ex) {
			throw new UnreadableSpreadsheetException(NOT_XLS, ex);
		}
		catch (RuntimeException ex) {
			// POI reports malformed records with assorted runtime exceptions; the handler's own
			// failures were wrapped in HandlerFailure above, so anything left is the file's fault
			throw new UnreadableSpreadsheetException("活頁簿內容無法解讀，可能已損毀", ex);
		}
	}

}
