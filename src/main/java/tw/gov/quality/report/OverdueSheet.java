package tw.gov.quality.report;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.office.Office.Contact;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;

import static tw.gov.quality.spreadsheet.Cells.text;

/** 逾期及未繳: who to chase, with whom to call. Nothing sent first, then refused, then late. */
final class OverdueSheet {

	static final String NAME = "逾期及未繳";

	static final int HEADER_ROW = 2;

	static final List<String> COLUMNS = List.of("機關代碼", "機關名稱", "繳交狀態", "繳交期限", "收件時間", "逾期時間", "聯絡人", "電話",
			"電子郵件");

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide, body at 10 pt or more; texts wrap. */
	private static final int[] WIDTHS = { 10, 16, 8, 12, 12, 14, 8, 13, 22 };

	private static final List<SubmissionState> LISTED = List.of(SubmissionState.MISSING,
			SubmissionState.REFUSED_UNCORRECTED, SubmissionState.LATE);

	private final SupervisorReport report;

	private final ReportStyles styles;

	/** 資料截至 and 產製時間, for the page header */
	private final String stamp;

	OverdueSheet(SupervisorReport report, ReportStyles styles, String stamp) {
		this.report = report;
		this.styles = styles;
		this.stamp = stamp;
	}

	static boolean listed(OfficeLine office) {
		return LISTED.contains(office.state());
	}

	void write(SXSSFWorkbook workbook) {
		Sheet sheet = FrontSheets.create(workbook, NAME, WIDTHS);
		List<OfficeLine> offices = report.offices()
			.stream()
			.filter(OverdueSheet::listed)
			.sorted(Comparator.comparingInt(o -> LISTED.indexOf(o.state())))
			.toList();
		text(sheet.createRow(0), 0, report.supervisor().name() + "　逾期及未繳機關　" + ReportTexts.reportName(report.period()),
				styles.title());
		text(sheet.createRow(1), 0, "共 " + offices.size() + " 個機關；" + stamp, styles.note());
		FrontSheets.header(sheet, HEADER_ROW, COLUMNS, WIDTHS, styles);
		int r = HEADER_ROW + 1;
		for (OfficeLine office : offices) {
			Row row = sheet.createRow(r++);
			Contact contact = office.office().contact() == null ? Contact.NONE : office.office().contact();
			text(row, 0, office.office().code(), styles.text());
			text(row, 1, office.office().name(), styles.text());
			text(row, 2, office.state().label(), styles.centred());
			text(row, 3, ReportTexts.dateTime(office.deadline()), styles.text());
			text(row, 4, ReportTexts.dateTime(office.receivedAt()), styles.text());
			text(row, 5, office.state() == SubmissionState.LATE ? ReportTexts.lateness(office.late())
					: ReportTexts.overdueSince(office.deadline(), report.generatedAt()), styles.text());
			text(row, 6, contact.person(), styles.text());
			text(row, 7, contact.phone(), styles.text());
			text(row, 8, contact.email(), styles.text());
			RowHeights.fit(row, WIDTHS);
		}
		if (offices.isEmpty()) {
			text(sheet.createRow(r), 0, "本季無逾期或未繳機關。", styles.label());
		}
		FrontSheets.print(sheet, report, stamp, HEADER_ROW, WIDTHS.length - 1, Math.max(r, HEADER_ROW + 1));
	}

}
