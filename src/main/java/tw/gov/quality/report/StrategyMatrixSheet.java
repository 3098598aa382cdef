package tw.gov.quality.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import tw.gov.quality.plan.Strategy;
import tw.gov.quality.spreadsheet.PrintLayout;
import tw.gov.quality.spreadsheet.RowHeights;

import static tw.gov.quality.spreadsheet.Cells.number;
import static tw.gov.quality.spreadsheet.Cells.text;

/**
 * 實施要項對照: offices down, strategies across, each cell the completion rate of that office's items
 * under that strategy, banded by fill and by symbol so it reads on a grayscale print.
 */
final class StrategyMatrixSheet {

	static final String NAME = "實施要項對照";

	static final int HEADER_ROW = 2;

	static final int FIRST_STRATEGY_COLUMN = 2;

	static final String OVERALL = "整體";

	static final String NONE = "—";

	static final String UNSUBMITTED = "未繳";

	/** The widest a strategy's column gets; more strategies share {@link PrintLayout#PRINTED_WIDTH}. */
	private static final int STRATEGY_WIDTH = 14;

	/** The narrowest: 「100% ●」 on one line. */
	private static final int MIN_STRATEGY_WIDTH = 8;

	private static final int CODE_WIDTH = 10;

	/** A full office name (法務部行政執行署臺北分署) on one line. */
	private static final int NAME_WIDTH = 26;

	private final SupervisorReport report;

	private final ReportStyles styles;

	/** 資料截至 and 產製時間, for the page header */
	private final String stamp;

	StrategyMatrixSheet(SupervisorReport report, ReportStyles styles, String stamp) {
		this.report = report;
		this.styles = styles;
		this.stamp = stamp;
	}

	void write(SXSSFWorkbook workbook) {
		List<Strategy> strategies = StrategyColumns.of(report.offices());
		int overall = FIRST_STRATEGY_COLUMN + strategies.size();
		int[] widths = new int[overall + 1];
		widths[0] = CODE_WIDTH;
		widths[1] = NAME_WIDTH;
		int strategyWidth = Math.max(MIN_STRATEGY_WIDTH,
				Math.min(STRATEGY_WIDTH, (PrintLayout.PRINTED_WIDTH - 8 - CODE_WIDTH - NAME_WIDTH) / (strategies.size() + 1)));
		Arrays.fill(widths, FIRST_STRATEGY_COLUMN, overall + 1, strategyWidth);
		Sheet sheet = FrontSheets.create(workbook, NAME, widths);
		text(sheet.createRow(0), 0, report.supervisor().name() + "　實施要項執行情形對照　"
				+ ReportTexts.reportName(report.period()), styles.title());
		text(sheet.createRow(1), 0, "各格為該機關該實施要項之完成率；" + ReportTexts.RATE_DEFINITION + "。圖例見表末。", styles.note());
		List<String> columns = new ArrayList<>(List.of("機關代碼", "機關名稱"));
		strategies.forEach(strategy -> columns.add(strategy.label()));
		columns.add(OVERALL);
		FrontSheets.header(sheet, HEADER_ROW, columns, widths, styles);
		int r = HEADER_ROW + 1;
		for (OfficeLine office : report.offices()) {
			Row row = sheet.createRow(r++);
			text(row, 0, office.office().code(), styles.text());
			text(row, 1, office.office().name(), styles.text());
			for (int i = 0; i < strategies.size(); i++) {
				int strategy = strategies.get(i).number();
				rate(row, FIRST_STRATEGY_COLUMN + i, office,
						StrategyColumns.has(office, strategy) ? office.completionRate(strategy) : null);
			}
			rate(row, overall, office, office.completionRate());
			RowHeights.fit(row, widths);
		}
		int last = writeLegend(sheet, r + 1);
		sheet.createFreezePane(FIRST_STRATEGY_COLUMN, HEADER_ROW + 1);
		FrontSheets.print(sheet, report, stamp, HEADER_ROW, overall, last);
	}

	private void rate(Row row, int column, OfficeLine office, Double rate) {
		if (!office.state().submitted()) {
			text(row, column, UNSUBMITTED, styles.unsubmitted());
		}
		else if (rate == null) {
			text(row, column, NONE, styles.centred());
		}
		else {
			number(row, column, rate, styles.band(RateBand.of(rate)));
		}
	}

	/** Colour and symbol side by side, so the legend itself survives a grayscale copy. */
	private int writeLegend(Sheet sheet, int first) {
		int r = first;
		text(sheet.createRow(r++), 0, "圖例", styles.label());
		for (RateBand band : RateBand.values()) {
			legendRow(sheet.createRow(r++), band.symbol(), styles.band(band),
					"完成率" + band.range() + "（" + band.colour() + "底，標示 " + band.symbol() + "）");
		}
		legendRow(sheet.createRow(r++), UNSUBMITTED, styles.unsubmitted(), "本季無可採用之成果：未繳、退件未補正或尚待繳交（灰底）");
		legendRow(sheet.createRow(r), NONE, styles.centred(), "該機關計畫無此實施要項，或項目均不適用");
		return r;
	}

	private void legendRow(Row row, String sample, CellStyle style, String meaning) {
		text(row, 0, sample, style);
		text(row, 1, meaning, styles.label());
	}

}
