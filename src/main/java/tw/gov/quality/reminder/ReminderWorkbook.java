package tw.gov.quality.reminder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
 * The 催繳清單 of one run and stage: every reminder the run sent or tried to send (progress sheets and 評分紀錄
 * alike, the column 通知事項 says which), one row per office it is about (a supervisor's reminder has a row per listed office), with how it was delivered. It is
 * the delivery to recipients without e-mail, so the administrator can phone them from it.
 */
class ReminderWorkbook {

	static final String SHEET = "催繳清單";

	static final List<String> COLUMNS = List.of("序號", "通知對象", "電子郵件", "通知方式", "通知事項", "機關代碼", "機關名稱", "狀態",
			"期限", "收件時間", "聯絡人", "聯絡電話");

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide with the body at 10 pt or more; texts wrap. */
	private static final int[] WIDTHS = { 5, 13, 14, 10, 8, 9, 12, 8, 11, 11, 8, 9 };

	/** A summary label spans A:B (計算基準時間 prints whole), its value C:L, wrapped. */
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
			Set<Topic> topics = topics(outcomes);
			text(sheet.createRow(0), 0, period.label() + titled(topics) + "催繳清單（" + stage.label() + "）", styles.title());
			int r = writeSummary(sheet, styles, summary(period, stage, topics, asOf, runAt, outcomes), 2);
			int headerRow = r + 1;
			Row header = sheet.createRow(headerRow);
			for (int c = 0; c < COLUMNS.size(); c++) {
				text(header, c, COLUMNS.get(c), styles.header());
			}
			RowHeights.fit(header, WIDTHS);
			int last = writeRows(sheet, styles, outcomes, headerRow + 1) - 1;
			PrintLayout.apply(sheet, headerRow, headerRow, period.label() + "　催繳清單　" + stage.label());
			PrintLayout.area(sheet, WIDTHS.length - 1, Math.max(last, headerRow));
			WorkbookFiles.write(workbook, target);
		}
	}

	/** The topics the outcomes are about, in their declared order. */
	private static Set<Topic> topics(List<Reminders.Outcome> outcomes) {
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		outcomes.forEach(outcome -> topics.add(outcome.reminder().topic()));
		return topics.isEmpty() ? EnumSet.of(Topic.PROGRESS) : topics;
	}

	/** 進度回報, 考核評分紀錄 or 進度回報及考核評分紀錄 */
	private static String titled(Set<Topic> topics) {
		return String.join("及", topics.stream().map(Topic::label).toList());
	}

	private static String[][] summary(ReportingPeriod period, Stage stage, Set<Topic> topics, LocalDateTime asOf,
			LocalDateTime runAt, List<Reminders.Outcome> outcomes) {
		long mailed = outcomes.stream().filter(o -> o.delivery() == Delivery.MAIL).count();
		long failed = outcomes.stream().filter(o -> o.delivery() == Delivery.FAILED).count();
		String described = String.join("；", topics.stream().map(topic -> description(stage, topic)).toList());
		return new String[][] { { "填報期間", period.label() + "（" + period.coverage() + "）" },
				{ "提醒階段", stage.label() + "：" + described }, { "計算基準時間", RocDates.dateTime(asOf) },
				{ "產生時間", RocDates.dateTime(runAt) },
				{ "通知件數", "共 " + outcomes.size() + " 件：已寄送電子郵件 " + mailed + " 件、僅列於本清單 "
						+ (outcomes.size() - mailed - failed) + " 件、寄送失敗 " + failed + " 件" },
				{ "說明", "未設定電子郵件信箱或未設定郵件伺服器時，通知僅列於本清單，請以電話或公文通知。每個機關每季每個階段每個通知事項只通知一次。" } };
	}

	/** Each label over A:B (計算基準時間 prints whole), its value over C to the last column, wrapped. */
	private static int writeSummary(SXSSFSheet sheet, WorkbookStyles styles, String[][] summary, int first) {
		CellStyle value = sheet.getWorkbook().createCellStyle();
		value.cloneStyleFrom(styles.label());
		value.setWrapText(true);
		value.setVerticalAlignment(VerticalAlignment.TOP);
		int valueWidth = PrintLayout.width(WIDTHS) - WIDTHS[0] - WIDTHS[1];
		int r = first;
		for (String[] pair : summary) {
			Row row = sheet.createRow(r++);
			text(row, 0, pair[0], value);
			text(row, LABEL_LAST_COLUMN + 1, pair[1], value);
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, LABEL_LAST_COLUMN));
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), LABEL_LAST_COLUMN + 1,
					WIDTHS.length - 1));
			row.setHeightInPoints(RowHeights.height(pair[1], valueWidth));
		}
		return r;
	}

	/** @return the row after the last one written */
	private static int writeRows(SXSSFSheet sheet, WorkbookStyles styles, List<Reminders.Outcome> outcomes, int first) {
		int r = first;
		for (Reminders.Outcome outcome : outcomes) {
			for (Reminder.Listed listed : outcome.reminder().offices()) {
				writeRow(sheet.createRow(r), styles, r - first + 1, outcome, listed);
				r++;
			}
		}
		return r;
	}

	private static void writeRow(Row row, WorkbookStyles styles, int seq, Reminders.Outcome outcome,
			Reminder.Listed listed) {
		Reminder reminder = outcome.reminder();
		Office.Contact contact = listed.office().contact() == null ? Office.Contact.NONE : listed.office().contact();
		row.createCell(0).setCellValue(seq);
		row.getCell(0).setCellStyle(styles.number());
		String[] values = { reminder.recipient().code() + " " + reminder.recipient().name(),
				reminder.email() == null ? "（未設定）" : reminder.email(), outcome.delivery().label(),
				reminder.topic().label(), listed.office().code(), listed.office().name(), listed.stateLabel(),
				RocDates.dateTime(listed.deadline()),
				listed.receivedAt() == null ? "" : RocDates.dateTime(listed.receivedAt()), blankIfNull(contact.person()),
				blankIfNull(contact.phone()) };
		for (int c = 0; c < values.length; c++) {
			text(row, c + 1, values[c], styles.text());
		}
		RowHeights.fit(row, WIDTHS);
	}

	private static String description(Stage stage, Topic topic) {
		if (topic == Topic.SCORE_RECORD) {
			return switch (stage) {
				case BEFORE -> "報送期限前尚未送回考核評分紀錄的機關";
				case AFTER -> "已逾報送期限仍未送回考核評分紀錄的機關";
				case SUPERVISOR -> "通知上級機關其所屬考核評分紀錄逾期未送或逾期送回的機關";
			};
		}
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
