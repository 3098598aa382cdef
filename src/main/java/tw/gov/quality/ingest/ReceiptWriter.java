package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * Writes the 回執 an office gets for every file, accepted or not: enough to fix the sheet from it alone.
 * <p>
 * Ingestion writes one per file, thousands a run, so no POI model is built per receipt: the layout
 * (styles, column widths, print setup, every part but the sheet's rows) is built once with POI as
 * {@link #model} builds a receipt ({@link ReceiptPackage}), and each receipt streams its rows into that
 * prepared package. A receipt of any length is written this way, in memory bounded by its findings.
 * {@link #model} stays the reference of what a receipt looks like (the tests compare the two); what is on
 * it is decided once, in {@link ReceiptContent}.
 */
class ReceiptWriter {

	static final String SHEET = "回執";

	private final ReceiptPackage layout = ReceiptPackage.prepare();

	void write(Receipt receipt, Path target) throws IOException {
		WorkbookFiles.write(target, out -> layout.write(receipt, out));
	}

	/** The receipt as a POI workbook: what {@link #write} writes, cell for cell; slow, for reference only. */
	static XSSFWorkbook model(Receipt receipt) {
		return ReceiptModel.build(receipt, ReceiptContent.headerText(receipt));
	}

}
