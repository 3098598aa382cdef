package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

	/**
	 * Prepared on a thread of its own while the rest of the application starts: POI's first workbook (its classes
	 * loaded and initialised) takes a few hundred milliseconds of a command's start-up otherwise.
	 */
	private final CompletableFuture<ReceiptPackage> layout = new CompletableFuture<>();

	ReceiptWriter() {
		Thread preparing = new Thread(() -> {
			try {
				layout.complete(ReceiptPackage.prepare());
			}
			catch (Throwable ex) {
				layout.completeExceptionally(ex);
			}
		}, "receipt-layout");
		preparing.setDaemon(true);
		preparing.start();
	}

	void write(Receipt receipt, Path target) throws IOException {
		ReceiptPackage prepared = layout();
		WorkbookFiles.write(target, out -> prepared.write(receipt, out));
	}

	private ReceiptPackage layout() {
		try {
			return layout.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException("The receipt layout could not be prepared", ex.getCause());
		}
	}

	/** The receipt as a POI workbook: what {@link #write} writes, cell for cell; slow, for reference only. */
	static XSSFWorkbook model(Receipt receipt) {
		return ReceiptModel.build(receipt, ReceiptContent.headerText(receipt));
	}

}
