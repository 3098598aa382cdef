package tw.gov.quality.reminder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.office.Office;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.WorkbookFiles;
import tw.gov.quality.spreadsheet.WorkbookStyles;

/**
 * The 催繳清單 of one run and stage: every reminder the run sent or tried to send, one row per office
 * it is about (a supervisor's reminder has a row per listed office), with how it was delivered. It is
 * the delivery to recipients without e-mail, so the administrator can phone them from it.
 */
class ReminderWorkbook {

	static final String SHEET = "催繳清單";

	static final List<String> COLUMNS = List.of("序號", "通知對象", "電子郵件", "通知方式", "機關代碼", "機關名稱", "繳交狀態", "繳交期限",
			"收件時間", "聯絡人", "聯絡電話");

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide with the body at 10 pt or more; texts wrap. */
	private static final int[] WIDTHS = { 5, 14, 16, 10, 9, 14, 8, 12, 12, 8, 10 };

	/** A summary label spans A:B (計算基準時間 prints whole), its value C:K, wrapped. */
	private static final int LABEL_LAST_COLUMN = 1;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	/** output/reminders/<year>/Q<quarter>/催繳清單_<STAGE>_<yyyyMMdd-HHmmss>.xlsx, never overwriting a file. */
	static Path target(Path output, ReportingPeriod period, Stage stage, LocalDateTime runAt) {
		Path folder = output.resolve("reminders").resolve(String.valueOf(period.rocYear())).resolve("Q" + period.quarter());
		String base = "催繳清單_" + stage.name() + "_" + STAMP.format(runAt);
		Path target = folder.resolve(base + ".xlsx");
		for (int n = 2; Files.exists(target); n++) {
			target = folder.resolve(base + "-" + n + ".xlsx");
		}
		return target;
	}

	void write(ReportingPeriod period, Stage stage, LocalDateTime asOf, LocalDateTime runAt,
			List<Reminders.Outcome> outcomes, Path target) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			WorkbookStyles styles = new WorkbookStyles(workbook);
			SXSSFSheet sheet = workbook.createSheet(SHEET);
			for (int c = 0; c < WIDTHS.length; c++) {
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			int r = 0;
			text(sheet.createRow(r++), 0, period.label() + "進度回報催繳清單（" + stage.label() + "）", styles.title());
			r++;
			long mailed = outcomes.stream().filter(o -> o.delivery() == Delivery.MAIL).count();
			long failed = outcomes.stream().filter(o -> o.delivery() == Delivery.FAILED).count();
			String[][] summary = { { "填報期間", period.label() + "（" + period.coverage() + "）" },
					{ "提醒階段", stage.label() + "：" + description(stage) },
					{ "計算基準時間", RocDates.dateTime(asOf) }, { "產生時間", RocDates.dateTime(runAt) },
					{ "通知件數", "共 " + outcomes.size() + " 件：已寄送電子郵件 " + mailed + " 件、僅列於本清單 "
							+ (outcomes.size() - mailed - failed) + " 件、寄送失敗 " + failed + " 件" },
					{ "說明", "未設定電子郵件信箱或未設定郵件伺服器時，通知僅列於本清單，請以電話或公文通知。每個機關每季每個階段只通知一次。" } };
			CellStyle value = workbook.createCellStyle();
			value.cloneStyleFrom(styles.label());
			value.setWrapText(true);
			value.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle label = workbook.createCellStyle();
			label.cloneStyleFrom(value);
			int valueWidth = PrintLayout.width(WIDTHS) - WIDTHS[0] - WIDTHS[1];
			for (String[] pair : summary) {
				Row row = sheet.createRow(r++);
				text(row, 0, pair[0], label);
				text(row, LABEL_LAST_COLUMN + 1, pair[1], value);
				sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, LABEL_LAST_COLUMN));
				sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), LABEL_LAST_COLUMN + 1,
						WIDTHS.length - 1));
				row.setHeightInPoints(RowHeights.height(pair[1], valueWidth));
			}
			r++;
			int headerRow = r;
			Row header = sheet.createRow(r++);
			for (int c = 0; c < COLUMNS.size(); c++) {
				text(header, c, COLUMNS.get(c), styles.header());
			}
			RowHeights.fit(header, WIDTHS);
			int seq = 1;
			for (Reminders.Outcome outcome : outcomes) {
				Reminder reminder = outcome.reminder();
				for (Reminder.Listed listed : reminder.offices()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(seq++);
					row.getCell(0).setCellStyle(styles.number());
					text(row, 1, reminder.recipient().code() + " " + reminder.recipient().name(), styles.text());
					text(row, 2, reminder.email() == null ? "（未設定）" : reminder.email(), styles.text());
					text(row, 3, outcome.delivery().label(), styles.text());
					text(row, 4, listed.office().code(), styles.text());
					text(row, 5, listed.office().name(), styles.text());
					text(row, 6, listed.state().label(), styles.text());
					text(row, 7, RocDates.dateTime(listed.deadline()), styles.text());
					text(row, 8, listed.receivedAt() == null ? "" : RocDates.dateTime(listed.receivedAt()), styles.text());
					Office.Contact contact = listed.office().contact() == null ? Office.Contact.NONE
							: listed.office().contact();
					text(row, 9, blankIfNull(contact.person()), styles.text());
					text(row, 10, blankIfNull(contact.phone()), styles.text());
					RowHeights.fit(row, WIDTHS);
				}
			}
			PrintLayout.apply(sheet, headerRow, headerRow, period.label() + "　催繳清單　" + stage.label());
			PrintLayout.area(sheet, WIDTHS.length - 1, Math.max(r - 1, headerRow));
			WorkbookFiles.write(workbook, target);
		}
	}

	private static String description(Stage stage) {
		return switch (stage) {
			case BEFORE -> "繳交期限前尚未收到進度回報的機關";
			case AFTER -> "已逾繳交期限仍未繳交或退件未補正的機關";
			case SUPERVISOR -> "通知上級機關其所屬逾期、未繳或退件未補正的機關";
		};
	}

	private static String blankIfNull(String text) {
		return text == null ? "" : text;
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		row.createCell(column).setCellValue(value);
		row.getCell(column).setCellStyle(style);
	}

}
