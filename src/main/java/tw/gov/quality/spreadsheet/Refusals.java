package tw.gov.quality.spreadsheet;

import java.util.Locale;

/**
 * Why a submitted file was refused, worded for the branch-office clerk who sent it: what is wrong
 * and what to do in Excel or Calc. Technical detail goes to the log, never here.
 */
final class Refusals {

	private static final String SAVE_AS_XLSX = "請用 Excel 開啟後，以「另存新檔」選擇「Excel 活頁簿 (*.xlsx)」存檔，再重新上傳。";

	private static final String REMOVE_PASSWORD = "開啟檔案後移除密碼（Excel：「檔案」→「資訊」→「保護活頁簿」→「以密碼加密」，清空密碼）";

	private Refusals() {
	}

	static UnreadableSpreadsheetException empty() {
		return refuse("檔案是空的（0 位元組），可能上傳或複製時沒有完成。請確認原始檔案可以正常開啟後，再重新上傳。");
	}

	static UnreadableSpreadsheetException tooLarge(long size, long max) {
		// rounded apart, so that a file just over the limit never reads as "20 MB, over 20 MB"
		return refuse("檔案太大（" + megabytes(size, true) + "），超過上限 " + megabytes(max, false)
				+ "。請刪除不需要的工作表、圖片或空白列，另存新檔後再上傳。");
	}

	static UnreadableSpreadsheetException macroExtension(String extension) {
		return refuse("系統不接受可含巨集的活頁簿（" + shown(extension) + " 檔）。" + SAVE_AS_XLSX);
	}

	static UnreadableSpreadsheetException unsupportedExtension(String extension) {
		String what = extension.isEmpty() ? "這個檔案沒有副檔名" : "這個檔案是 " + shown(extension) + " 檔";
		return refuse("只接受存成 .xlsx、.xls 或 .ods 的試算表檔案，" + what + "。" + SAVE_AS_XLSX);
	}

	static UnreadableSpreadsheetException notASpreadsheet(String extension) {
		return refuse("檔案內容不是試算表，只是副檔名為 " + shown(extension)
				+ "（可能是文字檔、CSV 或網頁改了副檔名）。" + SAVE_AS_XLSX);
	}

	static UnreadableSpreadsheetException corrupt() {
		return refuse("檔案已損毀或不完整（可能下載、複製或上傳時中斷），無法讀取。請從原始檔案重新存檔後再上傳。");
	}

	static UnreadableSpreadsheetException passwordProtected() {
		return refuse("活頁簿設有開啟密碼，系統無法讀取。請" + REMOVE_PASSWORD + "，存檔後再重新上傳。");
	}

	/** An OLE2 file where an .xlsx was expected: an encrypted .xlsx and an .xls look alike from outside. */
	static UnreadableSpreadsheetException passwordProtectedOrNotXlsx() {
		return refuse("檔案不是一般的 .xlsx 活頁簿，系統無法讀取：可能設有開啟密碼，或是 .xls 等其他格式的檔案改了副檔名。如設有密碼，請"
				+ REMOVE_PASSWORD + "，存檔後再重新上傳；否則" + SAVE_AS_XLSX);
	}

	static UnreadableSpreadsheetException macroContent(String extension) {
		return refuse("這個檔案其實是含巨集的活頁簿（副檔名為 " + shown(extension) + "），系統不接受含巨集的活頁簿。" + SAVE_AS_XLSX);
	}

	static UnreadableSpreadsheetException binaryWorkbook(String extension) {
		return refuse("這個檔案其實是 Excel 二進位活頁簿（.xlsb，可含巨集），只是副檔名為 " + shown(extension) + "。" + SAVE_AS_XLSX);
	}

	static UnreadableSpreadsheetException notExcelWorkbook(String extension) {
		return refuse("檔案內找不到 Excel 活頁簿的內容，可能是其他文件（例如 Word 文件）改了副檔名為 " + shown(extension) + "。"
				+ SAVE_AS_XLSX);
	}

	static UnreadableSpreadsheetException notOdsSpreadsheet() {
		return refuse("檔案不是有效的 OpenDocument 試算表（.ods），可能是其他文件（例如文字文件或簡報）改了副檔名。"
				+ "請用 LibreOffice Calc 開啟後另存為 .ods 或 .xlsx，再重新上傳。");
	}

	static UnreadableSpreadsheetException oldExcel() {
		return refuse("檔案是 Excel 95 或更早的舊格式，系統無法讀取。" + SAVE_AS_XLSX);
	}

	static UnreadableSpreadsheetException zipBomb() {
		return refuse("檔案內容解壓縮後異常龐大，不像一般的進度試算表，系統為安全起見拒絕處理。"
				+ "請確認檔案來源，刪除不需要的內容（例如大型圖片）後重新存檔，再上傳。");
	}

	static UnreadableSpreadsheetException tooManyEntries(int count, int max) {
		return refuse("檔案內含的組成項目過多（" + count + " 個，上限 " + max + " 個），不像一般的進度試算表，系統為安全起見拒絕處理。"
				+ "請只保留需要的工作表、刪除圖片或物件後重新存檔，再上傳。");
	}

	static UnreadableSpreadsheetException unsafePath() {
		return refuse("檔案內含不安全的內部路徑，不是 Excel 或 Calc 正常存出的檔案，系統為安全起見拒絕處理。"
				+ "請用 Excel 或 Calc 開啟原始檔案重新存檔，再上傳。");
	}

	/** Our own disk failed us; nothing the sender did wrong. */
	static UnreadableSpreadsheetException storageFailure(Throwable cause) {
		return new UnreadableSpreadsheetException("系統暫時無法讀取上傳的檔案，這不是檔案本身的問題，請稍後再上傳一次。", cause);
	}

	private static String shown(String extension) {
		return "." + extension;
	}

	/** 20971520 → "20 MB", 1572864 → "1.5 MB"; one decimal, rounded up or down. */
	static String megabytes(long bytes, boolean roundUp) {
		double tenths = bytes / (1024.0 * 1024.0) * 10;
		double mb = (roundUp ? Math.ceil(tenths) : Math.floor(tenths)) / 10;
		String text = String.format(Locale.ROOT, "%.1f", mb);
		return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + " MB";
	}

	private static UnreadableSpreadsheetException refuse(String message) {
		return new UnreadableSpreadsheetException(message);
	}

}
