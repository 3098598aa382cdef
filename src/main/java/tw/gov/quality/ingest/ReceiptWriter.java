package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.WorkbookFiles;
import tw.gov.quality.spreadsheet.WorkbookStyles;
import tw.gov.quality.validation.Finding;

/**
 * Writes the 回執 an office gets for every file, accepted or not: enough to fix the sheet from it alone.
 * <p>
 * Nearly every receipt is a screenful; it is built in memory, which costs far less than SXSSF's temporary
 * files and second zip pass. A receipt listing more than {@link #IN_MEMORY_FINDINGS} findings (a sheet
 * with thousands of bad rows) is streamed with SXSSF so that its memory stays bounded.
 */
class ReceiptWriter {

	static final String SHEET = "回執";

	static final List<String> FINDING_COLUMNS = List.of("序號", "嚴重度", "工作表!儲存格", "項次", "問題說明", "修正方式");

	static final int IN_MEMORY_FINDINGS = 200;

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide with the body at 10 pt or more. */
	private static final int[] WIDTHS = { 5, 7, 15, 7, 42, 42 };

	/** A summary value spans C:F and wraps there: a long file name or the SHA-256 prints whole. */
	private static final int VALUE_FIRST_COLUMN = 2;

	void write(Receipt receipt, Path target) throws IOException {
		try (Workbook workbook = receipt.findings().size() <= IN_MEMORY_FINDINGS ? new XSSFWorkbook()
				: new SXSSFWorkbook(100)) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			Sheet sheet = workbook.createSheet(SHEET);
			for (int c = 0; c < WIDTHS.length; c++) {
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			int r = 0;
			text(sheet.createRow(r++), 0, "季進度回報收件回執", styles.title());
			r++;
			CellStyle value = workbook.createCellStyle();
			value.cloneStyleFrom(styles.label());
			value.setWrapText(true);
			value.setVerticalAlignment(VerticalAlignment.TOP);
			int valueWidth = WIDTHS[2] + WIDTHS[3] + WIDTHS[4] + WIDTHS[5];
			for (String[] pair : summary(receipt)) {
				Row row = sheet.createRow(r++);
				text(row, 0, pair[0], styles.label());
				text(row, VALUE_FIRST_COLUMN, pair[1], value);
				sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), VALUE_FIRST_COLUMN,
						WIDTHS.length - 1));
				row.setHeightInPoints(RowHeights.height(pair[1], valueWidth));
			}
			r++;
			int headerRow = r;
			Row header = sheet.createRow(r++);
			for (int c = 0; c < FINDING_COLUMNS.size(); c++) {
				text(header, c, FINDING_COLUMNS.get(c), styles.header());
			}
			RowHeights.fit(header, WIDTHS);
			if (receipt.findings().isEmpty()) {
				text(sheet.createRow(r), 0, "無待修正事項。", styles.label());
			}
			int seq = 1;
			for (Finding finding : receipt.findings()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(seq++);
				row.getCell(0).setCellStyle(styles.number());
				text(row, 1, finding.severity().label(), styles.text());
				text(row, 2, finding.cell() == null ? "（整個檔案）" : finding.cell(), styles.text());
				text(row, 3, finding.itemCode() == null ? "" : finding.itemCode(), styles.text());
				text(row, 4, finding.message(), styles.text());
				text(row, 5, finding.fix() == null ? "" : finding.fix(), styles.text());
				RowHeights.fit(row, WIDTHS);
			}
			PrintLayout.apply(sheet, headerRow, headerRow,
					(receipt.officeName() == null ? "" : receipt.officeName() + "　") + "收件回執　" + receipt.originalName());
			PrintLayout.area(sheet, WIDTHS.length - 1, Math.max(r - 1, headerRow + 1));
			WorkbookFiles.write(workbook, target);
		}
	}

	private static List<String[]> summary(Receipt receipt) {
		long errors = receipt.findings().stream().filter(Finding::isError).count();
		long warnings = receipt.findings().size() - errors;
		return List.of(new String[] { "機關", receipt.officeCode() == null ? "（無法判斷）"
				: receipt.officeCode() + "　" + receipt.officeName() },
				new String[] { "檔案名稱", receipt.originalName() },
				new String[] { "檔案大小", receipt.size() + " 位元組（SHA-256 " + receipt.sha256() + "）" },
				new String[] { "收件時間", RocDates.dateTime(receipt.receivedAt()) },
				new String[] { "填報期間", receipt.period() == null ? "（無法判斷）" : receipt.period().label() + "（"
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


}
