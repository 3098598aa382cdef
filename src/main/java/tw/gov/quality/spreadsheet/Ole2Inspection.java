package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.RecordFactoryInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks inside an OLE2 container: only its directory and the first few records of the workbook
 * stream are read.
 */
final class Ole2Inspection {

	private static final Logger log = LoggerFactory.getLogger(Ole2Inspection.class);

	private Ole2Inspection() {
	}

	static SpreadsheetFormat inspect(Path file, String extension) throws UnreadableSpreadsheetException {
		// read-only and file-backed: POI maps sectors on demand instead of loading the file
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = fs.getRoot();
			// an encrypted .xlsx travels inside an OLE2 container whatever its extension
			if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
				throw Refusals.passwordProtected();
			}
			if (!root.hasEntryCaseInsensitive("Workbook")) {
				if (root.hasEntryCaseInsensitive("Book")) {
					throw Refusals.oldExcel();
				}
				log.info("Refused OLE2 file without a Workbook stream, entries {}", root.getEntryNames());
				throw Refusals.notExcelWorkbook(extension);
			}
			if (root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR")) {
				throw Refusals.macroContent(extension);
			}
			try (InputStream workbook = root.createDocumentInputStream(root.getEntryCaseInsensitive("Workbook"))) {
				checkNotEncrypted(workbook);
			}
			return SpreadsheetFormat.XLS;
		}
		catch (IOException | RuntimeException ex) {
			// POI signals damaged containers with assorted runtime exceptions, not only IOException
			log.info("Refused unreadable OLE2 file: {}", ex.toString());
			throw Refusals.corrupt();
		}
	}

	/**
	 * Reads the BOF record and, when a FILEPASS record follows, checks POI's default key. Excel
	 * encrypts "password to modify" workbooks with that default key; they open without a password
	 * and the readers decrypt them the same way, so only a real open password is refused.
	 */
	private static void checkNotEncrypted(InputStream workbook) throws UnreadableSpreadsheetException {
		RecordFactoryInputStream records;
		try {
			records = new RecordFactoryInputStream(workbook, false);
		}
		catch (EncryptedDocumentException ex) {
			throw Refusals.passwordProtected();
		}
		if (!(records.nextRecord() instanceof BOFRecord)) {
			log.info("Refused .xls whose Workbook stream does not start with BOF");
			throw Refusals.corrupt();
		}
	}

}
