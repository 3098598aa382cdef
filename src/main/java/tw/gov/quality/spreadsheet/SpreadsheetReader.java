package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;

/** Streams the rows of a workbook file of one format. */
public interface SpreadsheetReader {

	void read(Path file, RowHandler handler) throws IOException, UnreadableSpreadsheetException;

}
