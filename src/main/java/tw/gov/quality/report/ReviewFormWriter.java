package tw.gov.quality.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.plan.Strategy;
import tw.gov.quality.review.ReviewFormLayout;
import tw.gov.quality.review.TrackedItem;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;
import tw.gov.quality.spreadsheet.WorkbookFiles;

import static tw.gov.quality.review.ReviewFormLayout.*;
import static tw.gov.quality.spreadsheet.Cells.text;

/**
 * Writes one office's 審查意見表 (seed 002, 附件二): a drafted finding per strategy and per flagged item,
 * with room for the reviewer's opinion and suggestion, and a sign-off. Only the reviewer's cells and
 * the drafts are unlocked; keys and identity let a filled-in form be read back (see
 * {@link ReviewFormLayout}).
 */
class ReviewFormWriter {

	static final int HEADER_ROW = 5;

	/**
	 * Column A is hidden; B to G within {@link PrintLayout#PRINTED_WIDTH}: one page wide, body at 10 pt or more.
	 * H and I (the office's 辦理情形 and the decision on a tracked item) are hidden when no tracked item is to be
	 * decided.
	 */
	private static final int[] WIDTHS = { 10, 9, 22, 30, 26, 25, 6, 0, 0 };

	/** With tracked items to decide: B to I within the printed width. */
	private static final int[] WIDTHS_TRACKED = { 10, 7, 17, 23, 20, 20, 6, 17, 8 };

	/**
	 * Characters a wrapped line loses where LibreOffice keeps a date or a time whole or moves punctuation: counted
	 * out of each column of a form with tracked items (narrower columns), so that the estimated row height holds
	 * the last line (printed, it was cut off). The form without them keeps its one page.
	 */
	private static final int WRAP_SLACK = 2;

	/** Enough for two handwritten lines when the form is printed and filled in by hand. */
	private static final float MIN_ROW_HEIGHT = 36f;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private static final int SUBJECT_LENGTH = 60;

	private final LocalDateTime writtenAt;

	/** A writer that stamps its pages with the moment it writes them. */
	ReviewFormWriter() {
		this(LocalDateTime.now());
	}

	/** @param writtenAt printed as 產製時間 beside the report's 資料截至 */
	ReviewFormWriter(LocalDateTime writtenAt) {
		this.writtenAt = writtenAt;
	}

	/** Writes the form as a finished file: beside the target, forced to disk, moved into place. */
	public void write(SupervisorReport report, OfficeReport office, Path target) throws IOException {
		try (XSSFWorkbook workbook = form(report, office)) {
			WorkbookFiles.write(workbook, target);
		}
	}

	/**
	 * Writes the form straight to {@code target}, not forced to disk: for a version's staging folder,
	 * whose files are forced together before its manifest ({@link ReportVersions#forceAll}).
	 */
	void writeStaged(SupervisorReport report, OfficeReport office, Path target) throws IOException {
		try (XSSFWorkbook workbook = form(report, office); OutputStream out = Files.newOutputStream(target)) {
			workbook.write(out);
		}
	}

	private XSSFWorkbook form(SupervisorReport report, OfficeReport office) {
		// One office's form is a screenful or two: built in memory, which costs far less than SXSSF's
		// temporary files when a supervisor's run writes hundreds of them.
		XSSFWorkbook workbook = new XSSFWorkbook();
		ReportStyles styles = new ReportStyles(workbook);
		XSSFSheet sheet = workbook.createSheet(SHEET);
		boolean tracking = !office.trackedToDecide(report.period()).isEmpty();
		int[] widths = tracking ? WIDTHS_TRACKED : WIDTHS;
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, Math.max(widths[c], 8) * 256);
			sheet.setColumnHidden(c, widths[c] == 0);
		}
		sheet.setColumnHidden(KEY_COLUMN, true);
		writeHeading(sheet, styles, report, office);
		int first = HEADER_ROW + 1;
		int r = writeFindings(sheet, styles, report, office, first);
		addDropDown(sheet, first, r - 1, COLUMNS.indexOf(TRACK), TRACK_CHOICES, "列管",
				"有建議事項者自動列管；無建議事項而需列管者，請選「列管」");
		int tracked = r;
		r = writeTracked(sheet, styles, report, office, r);
		if (r > tracked) {
			addDropDown(sheet, tracked, r - 1, COLUMNS.indexOf(DECISION), List.of(CLOSE, KEEP), DECISION,
					"請選擇「" + CLOSE + "」或「" + KEEP + "」；未選擇者繼續列管");
		}
		int last = writeSignOff(sheet, styles, r + 1);
		sheet.createFreezePane(0, HEADER_ROW + 1);
		PrintLayout.apply(sheet, HEADER_ROW, HEADER_ROW, office.office().name() + "　" + report.period().label()
				+ "執行成果審查意見表　" + ReportTexts.ANNEX_REVIEW, ReportTexts.generated(report, writtenAt));
		PrintLayout.area(sheet, WIDTHS.length - 1, last);
		// Rows may still be resized, so a long opinion can be shown in full on a protected sheet.
		sheet.lockFormatRows(false);
		sheet.protectSheet("");
		writeIdentity(workbook, report, office);
		workbook.setActiveSheet(0);
		return workbook;
	}

	private void writeHeading(Sheet sheet, ReportStyles styles, SupervisorReport report, OfficeReport office) {
		// Column A is hidden, so everything visible starts in B.
		text(sheet.createRow(0), 1, report.supervisor().name() + "　" + report.period().label() + "提升服務品質執行成果審查意見表（附件二）",
				styles.title());
		text(sheet.createRow(1), 1, "受審機關：" + office.office().name() + "（" + office.office().code() + "）", styles.label());
		text(sheet.createRow(2), 1, "審查期間：" + report.period().label() + "（" + report.period().coverage() + "）　審查機關："
				+ report.supervisor().name(), styles.label());
		Double rate = office.completionRate();
		text(sheet.createRow(3), 1, "繳交狀態：" + ReportTexts.state(office) + "　收件時間："
				+ (office.receivedAt() == null ? "—" : ReportTexts.dateTime(office.receivedAt())) + "　完成率："
				+ (rate == null ? "—" : Math.round(rate * 100) + "%"), styles.label());
		// On paper the 列管決定 drop-down does not show: the note says what to write there.
		text(sheet.createRow(4), 1, office.trackedToDecide(report.period()).isEmpty()
				? "「" + DRAFT + "」由系統依填報內容草擬，可逕行修改或刪除；黃色欄位由審查人填寫。"
				: "「" + DRAFT + "」由系統草擬，可修改或刪除；黃色欄位由審查人填寫；列管事項請於「" + DECISION + "」寫明" + CLOSE + "或" + KEEP + "。",
				styles.note());
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < COLUMNS.size(); c++) {
			text(header, c, COLUMNS.get(c), styles.header());
		}
		// The hidden key column holds no header text worth a line: measure the visible ones.
		RowHeights.fit(header, widths(header.getSheet()));
	}

	private int writeFindings(Sheet sheet, ReportStyles styles, SupervisorReport report, OfficeReport office,
			int first) {
		int r = first;
		String officeFinding = ReviewDrafts.office(office, report);
		if (officeFinding != null) {
			finding(sheet.createRow(r++), styles, styles.section(), OFFICE_KEY, "全機關", office.office().name(),
					officeFinding);
		}
		for (Map.Entry<Integer, List<ItemReport>> group : office.itemsByStrategy().entrySet()) {
			Strategy strategy = office.plan() == null ? new Strategy(group.getKey(), "")
					: office.plan().strategy(group.getKey());
			finding(sheet.createRow(r++), styles, styles.section(), strategyKey(strategy.number()), "實施要項",
					strategy.label(),
					ReviewDrafts.strategy(office, strategy, group.getValue()));
			for (ItemReport item : group.getValue()) {
				if (ReviewDrafts.flagged(item)) {
					finding(sheet.createRow(r++), styles, styles.text(), itemKey(item.item().code()), "項目", subject(item),
							ReviewDrafts.item(item));
				}
			}
		}
		finding(sheet.createRow(r++), styles, styles.section(), OVERALL_KEY, "綜合", "綜合審查意見",
				ReviewDrafts.overall(office));
		return r;
	}

	/** The office's outstanding 列管事項, each with its reply for the quarter and a choice to close or keep it. */
	private int writeTracked(Sheet sheet, ReportStyles styles, SupervisorReport report, OfficeReport office, int first) {
		int r = first;
		CellStyle input = styles.base().input();
		for (TrackedItem item : office.trackedToDecide(report.period())) {
			Row row = sheet.createRow(r++);
			text(row, KEY_COLUMN, trackedKey(item.id()), styles.text());
			text(row, 1, "列管事項", styles.section());
			text(row, 2, item.opened().label() + "列管（" + item.itemLabel() + "）：" + item.request(), styles.section());
			text(row, 3, item.subject() == null ? "" : item.subject(), styles.text());
			text(row, 4, "", input);
			text(row, 5, "", input);
			text(row, 6, "", styles.text());
			text(row, 7, item.reply() == null ? "（本季未填報辦理情形）" : item.reply()
					+ (item.repliedOn() == null ? "" : "（" + tw.gov.quality.calendar.RocDates.date(item.repliedOn()) + "）"),
					styles.text());
			text(row, 8, "", input);
			RowHeights.fit(row, widths(row.getSheet()));
			row.setHeightInPoints(Math.max(MIN_ROW_HEIGHT, row.getHeightInPoints()));
		}
		return r;
	}

	/**
	 * The columns' widths as set for this form, for row heights, less {@value #WRAP_SLACK} in the narrower columns of
	 * a form with tracked items; a hidden column other than A (its header only, never printed) counts as wide
	 * enough never to wrap.
	 */
	private static int[] widths(Sheet sheet) {
		int slack = sheet.isColumnHidden(COLUMNS.indexOf(REPLY)) ? 0 : WRAP_SLACK;
		int[] widths = new int[COLUMNS.size()];
		for (int c = 0; c < widths.length; c++) {
			widths[c] = c > KEY_COLUMN && sheet.isColumnHidden(c) ? 1000 : sheet.getColumnWidth(c) / 256 - slack;
		}
		return widths;
	}

	private static void addDropDown(Sheet sheet, int firstRow, int lastRow, int column, List<String> choices, String title,
			String prompt) {
		if (lastRow < firstRow) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidation validation = helper.createValidation(
				helper.createExplicitListConstraint(choices.toArray(String[]::new)),
				new CellRangeAddressList(firstRow, lastRow, column, column));
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(title, "請從下拉選單選擇：" + String.join("、", choices));
		validation.setShowPromptBox(true);
		validation.createPromptBox(title, prompt);
		sheet.addValidationData(validation);
	}

	/** @param heading grey for rows that sum up (office, strategy, overall), plain for single items */
	private void finding(Row row, ReportStyles styles, CellStyle heading, String key, String category, String subject,
			String draft) {
		CellStyle input = styles.base().input();
		text(row, KEY_COLUMN, key, styles.text());
		text(row, 1, category, heading);
		text(row, 2, subject, heading);
		text(row, 3, draft, input);
		text(row, 4, "", input);
		text(row, 5, "", input);
		text(row, 6, "", input);
		text(row, 7, "", styles.text());
		text(row, 8, "", styles.text());
		RowHeights.fit(row, widths(row.getSheet()));
		row.setHeightInPoints(Math.max(MIN_ROW_HEIGHT, row.getHeightInPoints()));
	}

	/** 評分, 審查人, 審查日期: label over B–C, the reviewer's cell over D–F. */
	private int writeSignOff(Sheet sheet, ReportStyles styles, int first) {
		String[][] lines = { { SCORE_KEY, "評分" }, { REVIEWER_KEY, "審查人（簽章）" }, { REVIEW_DATE_KEY, "審查日期" } };
		CellStyle input = styles.base().input();
		for (int i = 0; i < lines.length; i++) {
			Row row = sheet.createRow(first + i);
			text(row, KEY_COLUMN, lines[i][0], styles.text());
			text(row, 1, lines[i][1], styles.signLabel());
			text(row, 2, null, styles.signLabel());
			for (int c = 3; c < COLUMNS.size(); c++) {
				text(row, c, "", input);
			}
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 1, 2));
			sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 3, COLUMNS.size() - 1));
			row.setHeightInPoints(MIN_ROW_HEIGHT);
		}
		return first + lines.length - 1;
	}

	private void writeIdentity(XSSFWorkbook workbook, SupervisorReport report, OfficeReport office) {
		Sheet sheet = workbook.createSheet(IDENTITY_SHEET);
		String[][] values = { { ID_FORM, FORM }, { ID_SUPERVISOR_CODE, report.supervisor().code() },
				{ ID_OFFICE_CODE, office.office().code() }, { ID_ROC_YEAR, String.valueOf(report.period().rocYear()) },
				{ ID_QUARTER, String.valueOf(report.period().quarter()) },
				{ ID_GENERATED_AT, STAMP.format(report.generatedAt()) } };
		for (int i = 0; i < values.length; i++) {
			Row row = sheet.createRow(i);
			row.createCell(0).setCellValue(values[i][0]);
			row.createCell(1).setCellValue(values[i][1]);
			Name name = workbook.createName();
			name.setNameName("QR_" + values[i][0].toUpperCase(Locale.ROOT));
			name.setRefersToFormula("'" + IDENTITY_SHEET + "'!$B$" + (i + 1));
		}
		sheet.protectSheet("");
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

	/** 1.3 聯合企業、社會團體辦理公益事務… */
	private static String subject(ItemReport item) {
		String action = item.item().action();
		if (action.length() > SUBJECT_LENGTH) {
			action = action.substring(0, SUBJECT_LENGTH) + "…";
		}
		return item.item().code() + " " + action;
	}

}
