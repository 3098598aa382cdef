package tw.gov.quality.ingest;

import java.time.Duration;
import java.util.List;

import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.validation.Finding;

/**
 * What is on a 回執 and where: its columns, its rows and their texts. {@link ReceiptModel} builds it with
 * POI, {@link ReceiptPackage} streams it into a prepared layout; what is on the receipt is decided here once.
 */
final class ReceiptContent {

	static final List<String> FINDING_COLUMNS = List.of("序號", "嚴重度", "工作表!儲存格", "項次", "問題說明", "修正方式");

	/** Within {@link tw.gov.quality.spreadsheet.PrintLayout#PRINTED_WIDTH}: one page wide with the body at 10 pt or more. */
	static final int[] WIDTHS = { 5, 7, 15, 7, 42, 42 };

	/** A summary value spans C:F and wraps there: a long file name or the SHA-256 prints whole. */
	static final int VALUE_FIRST_COLUMN = 2;

	static final int VALUE_WIDTH = WIDTHS[2] + WIDTHS[3] + WIDTHS[4] + WIDTHS[5];

	/** Where the summary starts, and the findings' header row (repeated on every printed page). */
	static final int SUMMARY_ROW = 2;

	static final int HEADER_ROW = SUMMARY_ROW + 9 + 1;

	/** What the findings' table says when there are none. */
	static final String NO_FINDINGS = "無待修正事項。";

	private ReceiptContent() {
	}

	static String titleOf(Receipt receipt) {
		return receipt.reviewForm() ? "審查意見表收件回執" : "季進度回報收件回執";
	}

	/** The last printed row: the findings' last, or the line that says there are none. */
	static int lastRow(Receipt receipt) {
		return HEADER_ROW + Math.max(1, receipt.findings().size());
	}

	static String headerText(Receipt receipt) {
		return (receipt.officeName() == null ? "" : receipt.officeName() + "　") + "收件回執　" + receipt.originalName();
	}

	/** A finding's row, column by column; column 0 (its number) is left to the caller. */
	static String[] findingTexts(Finding finding) {
		return new String[] { null, finding.severity().label(), finding.cell() == null ? "（整個檔案）" : finding.cell(),
				finding.itemCode() == null ? "" : finding.itemCode(), finding.message(),
				finding.fix() == null ? "" : finding.fix() };
	}

	/** The summary's label and value pairs, in order from {@link #SUMMARY_ROW}. */
	static List<String[]> summary(Receipt receipt) {
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

}
