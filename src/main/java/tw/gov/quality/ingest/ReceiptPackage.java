package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.spreadsheet.PreparedPackage;
import tw.gov.quality.spreadsheet.PreparedPackage.Template;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.SheetXml;
import tw.gov.quality.spreadsheet.StringTable;
import tw.gov.quality.validation.Finding;

import static tw.gov.quality.ingest.ReceiptContent.FINDING_COLUMNS;
import static tw.gov.quality.ingest.ReceiptContent.HEADER_ROW;
import static tw.gov.quality.ingest.ReceiptContent.SUMMARY_ROW;
import static tw.gov.quality.ingest.ReceiptContent.VALUE_FIRST_COLUMN;
import static tw.gov.quality.ingest.ReceiptContent.VALUE_WIDTH;
import static tw.gov.quality.ingest.ReceiptContent.WIDTHS;

/**
 * The receipt package as POI writes it for a sample receipt (prepared once per writer, see
 * {@link ReceiptWriter}), its sheet and print area cut at what each receipt writes; its styles' numbers.
 */
record ReceiptPackage(PreparedPackage parts, Template sheet, Template workbook, int title, int label, int value,
		int header, int text, int number) {

	private static final String SHEET_PART = "xl/worksheets/sheet1.xml";

	/** Stands for the page header's text in the prepared sheet part. */
	private static final String HEADER_MARK = "QPRECEIPTHEADERMARK";

	static ReceiptPackage prepare() {
		Receipt sample = new Receipt(false, "X", "X", "x.xlsx", 0, "", LocalDateTime.of(2000, 1, 1, 0, 0), null, null, "",
				false, List.of(new Finding(tw.gov.quality.validation.Rule.ITEM_UNKNOWN, "A1", "1", "x", "x")));
		try (XSSFWorkbook workbook = ReceiptModel.build(sample, HEADER_MARK)) {
			Sheet sheet = workbook.getSheetAt(0);
			// A receipt's rows are a few KB: written as they are, they cost a copy instead of a zlib set-up per part.
			PreparedPackage parts = PreparedPackage.of(workbook, Deflater.NO_COMPRESSION);
			return new ReceiptPackage(parts, Template.of(parts.sheet(SHEET_PART), PreparedPackage.ROWS, HEADER_MARK),
					Template.of(parts.text(PreparedPackage.WORKBOOK_PART), printArea(sample)),
					style(sheet, 0, 0), style(sheet, SUMMARY_ROW, 0), style(sheet, SUMMARY_ROW, VALUE_FIRST_COLUMN),
					style(sheet, HEADER_ROW, 0), style(sheet, HEADER_ROW + 1, 1), style(sheet, HEADER_ROW + 1, 0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int style(Sheet sheet, int row, int column) {
		return sheet.getRow(row).getCell(column).getCellStyle().getIndex();
	}

	/** The print area's reference in the workbook part, set per receipt. */
	private static String printArea(Receipt receipt) {
		return "$A$1:$F$" + (ReceiptContent.lastRow(receipt) + 1) + "<";
	}

	void write(Receipt receipt, OutputStream target) throws IOException {
		StringTable strings = new StringTable();
		parts.write(target, Map.of(SHEET_PART, out -> writeSheet(receipt, new SheetXml(out, strings)),
				PreparedPackage.STRINGS_PART, strings::write, PreparedPackage.WORKBOOK_PART,
				out -> new SheetXml(out, null).raw(workbook.piece(0))
					.raw(printArea(receipt))
					.raw(workbook.piece(1))
					.flush()));
	}

	private void writeSheet(Receipt receipt, SheetXml xml) throws IOException {
		xml.raw(sheet.piece(0));
		xml.row(0, null).text(0, title, ReceiptContent.titleOf(receipt)).endRow();
		int r = SUMMARY_ROW;
		for (String[] pair : ReceiptContent.summary(receipt)) {
			xml.row(r++, RowHeights.height(pair[1], VALUE_WIDTH))
				.text(0, label, pair[0])
				.text(VALUE_FIRST_COLUMN, value, pair[1])
				.endRow();
		}
		writeFindings(receipt, xml);
		xml.raw(sheet.piece(1));
		xml.escaped(PrintLayout.escape(ReceiptContent.headerText(receipt)));
		xml.raw(sheet.piece(2));
		xml.flush();
	}

	private void writeFindings(Receipt receipt, SheetXml xml) throws IOException {
		xml.row(HEADER_ROW, null);
		for (int c = 0; c < FINDING_COLUMNS.size(); c++) {
			xml.text(c, header, FINDING_COLUMNS.get(c));
		}
		xml.endRow();
		int r = HEADER_ROW + 1;
		if (receipt.findings().isEmpty()) {
			xml.row(r, null).text(0, label, ReceiptContent.NO_FINDINGS).endRow();
		}
		int seq = 1;
		for (Finding finding : receipt.findings()) {
			String[] texts = ReceiptContent.findingTexts(finding);
			xml.row(r++, RowHeights.points(texts, WIDTHS)).number(0, number, seq++);
			for (int c = 1; c < texts.length; c++) {
				xml.text(c, text, texts[c]);
			}
			xml.endRow();
		}
	}

}
