package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.spreadsheet.PreparedPackage;
import tw.gov.quality.spreadsheet.PreparedPackage.Template;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.SheetXml;
import tw.gov.quality.spreadsheet.StringTable;
import tw.gov.quality.spreadsheet.WorkbookFiles;
import tw.gov.quality.spreadsheet.WorkbookStyles;
import tw.gov.quality.validation.Finding;

/**
 * Writes the 回執 an office gets for every file, accepted or not: enough to fix the sheet from it alone.
 * <p>
 * Ingestion writes one per file, thousands a run, so no POI model is built per receipt: the layout
 * (styles, column widths, print setup, every part but the sheet's rows) is built once with POI as
 * {@link #model} builds a receipt, and each receipt streams its rows into that prepared package. A
 * receipt of any length is written this way, in memory bounded by its findings. {@link #model} stays
 * the reference of what a receipt looks like (the tests compare the two).
 */
class ReceiptWriter {

	static final String SHEET = "回執";

	static final List<String> FINDING_COLUMNS = List.of("序號", "嚴重度", "工作表!儲存格", "項次", "問題說明", "修正方式");

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide with the body at 10 pt or more. */
	private static final int[] WIDTHS = { 5, 7, 15, 7, 42, 42 };

	/** A summary value spans C:F and wraps there: a long file name or the SHA-256 prints whole. */
	private static final int VALUE_FIRST_COLUMN = 2;

	private static final int VALUE_WIDTH = WIDTHS[2] + WIDTHS[3] + WIDTHS[4] + WIDTHS[5];

	/** Where the summary starts, and the findings' header row (repeated on every printed page). */
	private static final int SUMMARY_ROW = 2;

	private static final int HEADER_ROW = SUMMARY_ROW + 9 + 1;

	private static final String SHEET_PART = "xl/worksheets/sheet1.xml";

	/** Stands for the page header's text in the prepared sheet part. */
	private static final String HEADER_MARK = "QPRECEIPTHEADERMARK";

	private final Layout layout = Layout.prepare();

	void write(Receipt receipt, Path target) throws IOException {
		WorkbookFiles.write(target, out -> layout.write(receipt, out));
	}

	/** The receipt as a POI workbook: what {@link #write} writes, cell for cell; slow, for reference only. */
	static XSSFWorkbook model(Receipt receipt) {
		return model(receipt, headerText(receipt));
	}

	private static XSSFWorkbook model(Receipt receipt, String headerText) {
		XSSFWorkbook workbook = new XSSFWorkbook();
		WorkbookStyles styles = new WorkbookStyles(workbook);
		Sheet sheet = workbook.createSheet(SHEET);
		for (int c = 0; c < WIDTHS.length; c++) {
			sheet.setColumnWidth(c, WIDTHS[c] * 256);
		}
		text(sheet.createRow(0), 0, titleOf(receipt), styles.title());
		CellStyle value = workbook.createCellStyle();
		value.cloneStyleFrom(styles.label());
		value.setWrapText(true);
		value.setVerticalAlignment(VerticalAlignment.TOP);
		int r = SUMMARY_ROW;
		for (String[] pair : summary(receipt)) {
			Row row = sheet.createRow(r++);
			text(row, 0, pair[0], styles.label());
			text(row, VALUE_FIRST_COLUMN, pair[1], value);
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), VALUE_FIRST_COLUMN,
					WIDTHS.length - 1));
			row.setHeightInPoints(RowHeights.height(pair[1], VALUE_WIDTH));
		}
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < FINDING_COLUMNS.size(); c++) {
			text(header, c, FINDING_COLUMNS.get(c), styles.header());
		}
		r = HEADER_ROW + 1;
		if (receipt.findings().isEmpty()) {
			text(sheet.createRow(r), 0, "無待修正事項。", styles.label());
		}
		int seq = 1;
		for (Finding finding : receipt.findings()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(seq++);
			row.getCell(0).setCellStyle(styles.number());
			String[] texts = findingTexts(finding);
			for (int c = 1; c < texts.length; c++) {
				text(row, c, texts[c], styles.text());
			}
			RowHeights.fit(row, WIDTHS);
		}
		PrintLayout.apply(sheet, HEADER_ROW, HEADER_ROW, headerText);
		PrintLayout.area(sheet, WIDTHS.length - 1, lastRow(receipt));
		return workbook;
	}

	private static String titleOf(Receipt receipt) {
		return receipt.reviewForm() ? "審查意見表收件回執" : "季進度回報收件回執";
	}

	/** The last printed row: the findings' last, or the line that says there are none. */
	private static int lastRow(Receipt receipt) {
		return HEADER_ROW + Math.max(1, receipt.findings().size());
	}

	/** The print area's reference in the workbook part, which {@link Layout} sets per receipt. */
	private static String printArea(Receipt receipt) {
		return "$A$1:$F$" + (lastRow(receipt) + 1) + "<";
	}

	private static String headerText(Receipt receipt) {
		return (receipt.officeName() == null ? "" : receipt.officeName() + "　") + "收件回執　" + receipt.originalName();
	}

	/** A finding's row, column by column; column 0 (its number) is left to the caller. */
	private static String[] findingTexts(Finding finding) {
		return new String[] { null, finding.severity().label(), finding.cell() == null ? "（整個檔案）" : finding.cell(),
				finding.itemCode() == null ? "" : finding.itemCode(), finding.message(),
				finding.fix() == null ? "" : finding.fix() };
	}

	private static List<String[]> summary(Receipt receipt) {
		long errors = receipt.findings().stream().filter(Finding::isError).count();
		long warnings = receipt.findings().size() - errors;
		return List.of(new String[] { "機關", receipt.officeCode() == null ? "（無法判斷）"
				: receipt.officeCode() + "　" + receipt.officeName() },
				new String[] { "檔案名稱", receipt.originalName() },
				new String[] { "檔案大小", receipt.size() + " 位元組（SHA-256 " + receipt.sha256() + "）" },
				new String[] { "收件時間", RocDates.dateTime(receipt.receivedAt()) },
				new String[] { receipt.reviewForm() ? "審查期間" : "填報期間", receipt.period() == null ? "（無法判斷）" : receipt.period().label() + "（"
						+ receipt.period().coverage() + "）" },
				new String[] { "繳交期限", receipt.deadline() == null ? "—" : RocDates.dateTime(receipt.deadline()) },
				new String[] { "是否準時", timeliness(receipt) }, new String[] { "處理結果", receipt.outcome() },
				new String[] { "檢查結果", "錯誤 " + errors + " 項、警告 " + warnings + " 項"
						+ (errors > 0 ? "（錯誤須修正後重新上傳；警告會列入季報，請於下季改善）" : "") });
	}

	private static String timeliness(Receipt receipt) {
		if (receipt.deadline() == null) {
			return "—";
		}
		if (!receipt.receivedAt().isAfter(receipt.deadline())) {
			return "準時";
		}
		Duration late = Duration.between(receipt.deadline(), receipt.receivedAt());
		return "逾期 " + late.toDays() + " 天 " + late.toHoursPart() + " 小時";
	}

	private static Cell text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		return cell;
	}

	/** The receipt package as POI writes it, its sheet and print area cut at what each receipt writes; its styles' numbers. */
	private record Layout(PreparedPackage parts, Template sheet, Template workbook, int title, int label, int value,
			int header, int text, int number) {

		static Layout prepare() {
			Receipt sample = new Receipt(false, "X", "X", "x.xlsx", 0, "", LocalDateTime.of(2000, 1, 1, 0, 0), null, null, "",
					false, List.of(new Finding(tw.gov.quality.validation.Rule.ITEM_UNKNOWN, "A1", "1", "x", "x")));
			try (XSSFWorkbook workbook = model(sample, HEADER_MARK)) {
				Sheet sheet = workbook.getSheetAt(0);
				PreparedPackage parts = PreparedPackage.of(workbook);
				return new Layout(parts, Template.of(parts.sheet(SHEET_PART), PreparedPackage.ROWS, HEADER_MARK),
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
			xml.row(0, null).text(0, title, titleOf(receipt)).endRow();
			int r = SUMMARY_ROW;
			for (String[] pair : summary(receipt)) {
				xml.row(r++, RowHeights.height(pair[1], VALUE_WIDTH))
					.text(0, label, pair[0])
					.text(VALUE_FIRST_COLUMN, value, pair[1])
					.endRow();
			}
			xml.row(HEADER_ROW, null);
			for (int c = 0; c < FINDING_COLUMNS.size(); c++) {
				xml.text(c, header, FINDING_COLUMNS.get(c));
			}
			xml.endRow();
			r = HEADER_ROW + 1;
			if (receipt.findings().isEmpty()) {
				xml.row(r, null).text(0, label, "無待修正事項。").endRow();
			}
			int seq = 1;
			for (Finding finding : receipt.findings()) {
				String[] texts = findingTexts(finding);
				xml.row(r++, RowHeights.points(texts, WIDTHS)).number(0, number, seq++);
				for (int c = 1; c < texts.length; c++) {
					xml.text(c, text, texts[c]);
				}
				xml.endRow();
			}
			xml.raw(sheet.piece(1));
			xml.escaped(PrintLayout.escape(headerText(receipt)));
			xml.raw(sheet.piece(2));
			xml.flush();
		}

	}

}
