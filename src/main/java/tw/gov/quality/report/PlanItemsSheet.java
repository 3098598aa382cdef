package tw.gov.quality.report;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanItem;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;

import static tw.gov.quality.spreadsheet.Cells.text;

/**
 * 計畫項目: the items of a plan the report's offices report on, with the plan's own long texts
 * (具體推動作法, 完成期限, 承辦單位, 預期效益, 年度目標), printed once for every office of that plan
 * instead of once per office; the office sheets print what each office reported against them.
 */
final class PlanItemsSheet {

	/** The first plan's sheet; a report over several plans names the others 計畫項目2, 計畫項目3, … */
	static final String NAME = "計畫項目";

	static final int HEADER_ROW = 3;

	/** Under each 實施要項 (strategy) heading, seed 000's columns of a plan item. */
	static final List<String> COLUMNS = List.of("項次", "具體推動作法", "完成期限", "承辦單位", "預期效益", "年度目標");

	/** Within {@link PrintLayout#PRINTED_WIDTH}: one page wide, body at 10 pt or more; texts wrap. */
	private static final int[] WIDTHS = { 5, 53, 7, 11, 34, 8 };

	/** A strategy heading spans the table: measured on one line, not by its first narrow column. */
	private static final float SECTION_HEIGHT = 17f;

	private final SupervisorReport report;

	private final ReportStyles styles;

	/** 資料截至 and 產製時間, for the page header */
	private final String stamp;

	PlanItemsSheet(SupervisorReport report, ReportStyles styles, String stamp) {
		this.report = report;
		this.styles = styles;
		this.stamp = stamp;
	}

	/** The name the {@code n}th plan's sheet asks for (first: 1). */
	static String wantedName(int n) {
		return n == 1 ? NAME : NAME + n;
	}

	/**
	 * @param offices how many of the report's offices that submitted report on this plan
	 */
	void write(SXSSFWorkbook workbook, String name, Plan plan, int offices) {
		SXSSFSheet sheet = FrontSheets.create(workbook, name, WIDTHS);
		text(sheet.createRow(0), 0, "計畫項目　" + plan.title(), styles.title());
		text(sheet.createRow(1), 0, "計畫機關代碼：" + plan.officeCode() + "　計畫年度：" + plan.rocYear() + "　項目 "
				+ plan.items().size() + " 項", styles.label());
		text(sheet.createRow(2), 0, "本季 " + offices + " 個已繳機關依本計畫填報；各機關之執行情形見其工作表，依項次對照。",
				styles.note());
		FrontSheets.header(sheet, HEADER_ROW, COLUMNS, WIDTHS, styles);
		int r = HEADER_ROW + 1;
		for (Strategy strategy : strategiesOf(plan)) {
			List<PlanItem> items = plan.itemsOf(strategy.number());
			if (items.isEmpty()) {
				continue;
			}
			Row section = sheet.createRow(r);
			for (int c = 0; c < COLUMNS.size(); c++) {
				text(section, c, c == 0 ? strategy.label() : null, styles.section());
			}
			sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS.size() - 1));
			section.setHeightInPoints(SECTION_HEIGHT);
			r++;
			for (PlanItem item : items) {
				Row row = sheet.createRow(r++);
				text(row, 0, item.code(), styles.centred());
				text(row, 1, item.actionText(), styles.text());
				text(row, 2, item.deadline().text(), styles.text());
				text(row, 3, item.unitsText(), styles.text());
				text(row, 4, item.benefit() == null ? "" : item.benefit(), styles.text());
				text(row, 5, item.target() == null ? "" : item.target().labelWithAnnual(), styles.text());
				RowHeights.fit(row, WIDTHS);
			}
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		FrontSheets.print(sheet, report, stamp, HEADER_ROW, COLUMNS.size() - 1, Math.max(r - 1, HEADER_ROW + 1));
	}

	/** The plan's strategies in order, and any strategy its items name that the plan does not list. */
	private static List<Strategy> strategiesOf(Plan plan) {
		return plan.items()
			.stream()
			.map(PlanItem::strategy)
			.distinct()
			.sorted()
			.map(plan::strategy)
			.toList();
	}

}
