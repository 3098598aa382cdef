package tw.gov.quality.report;

import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

import tw.gov.quality.spreadsheet.PrintLayout;

import static tw.gov.quality.spreadsheet.Cells.text;

/**
 * 完成率圖: native bar charts of completion rate by office, drawn from 總表's own columns so the charts
 * and the table can never disagree. One chart per {@value #OFFICES_PER_CHART} offices, one chart a
 * page: a single tall chart would be cut across pages with its axis on the last one only.
 * <p>
 * SXSSF's own drawing has no createChart, but the sheet's XSSF drawing does, and drawings are not
 * streamed: the charts are created there, empty, and their parts stamped from a chart POI built once
 * ({@link ChartStamps}), as fast for ten thousand offices as POI's chart model is for a few. Their data
 * names the 總表 ranges and carries the values, because SXSSF has already flushed those rows.
 */
final class CompletionChart {

	static final String NAME = "完成率圖";

	static final String SERIES_TITLE = "完成率";

	static final int FIRST_CHART_ROW = 2;

	static final int CHART_COLUMNS = 14;

	/** As many bars as an A4 landscape page holds with a readable name beside each. */
	static final int OFFICES_PER_CHART = 20;

	/** Rows of the default 15 pt height per bar. */
	private static final double ROWS_PER_OFFICE = 1.2;

	/** Title and axis. */
	private static final int FRAME_ROWS = 5;

	/** CHART_COLUMNS of this width stay within {@link PrintLayout#PRINTED_WIDTH}. */
	private static final int COLUMN_WIDTH = 8;

	private final SupervisorReport report;

	private final ReportStyles styles;

	/** 資料截至 and 產製時間, for the page header */
	private final String stamp;

	CompletionChart(SupervisorReport report, ReportStyles styles, String stamp) {
		this.report = report;
		this.styles = styles;
		this.stamp = stamp;
	}

	/**
	 * Writes the sheet and one empty chart part per {@value #OFFICES_PER_CHART} offices, anchored where it prints:
	 * the parts' contents are stamped as the package is written ({@link ChartStamps}).
	 */
	ChartStamps write(SXSSFWorkbook workbook) {
		SXSSFSheet sheet = workbook.createSheet(NAME);
		// The charts span CHART_COLUMNS columns of a set width: the page is as wide as the other sheets.
		for (int c = 0; c < CHART_COLUMNS; c++) {
			sheet.setColumnWidth(c, COLUMN_WIDTH * 256);
		}
		text(sheet.createRow(0), 0, report.supervisor().name() + "　各機關完成率　" + ReportTexts.reportName(report.period()),
				styles.title());
		text(sheet.createRow(1), 0, ReportTexts.RATE_DEFINITION + "；未繳機關無完成率，不畫長條。", styles.note());
		List<OfficeLine> offices = report.offices();
		int top = FIRST_CHART_ROW;
		if (!offices.isEmpty()) {
			sheet.createDrawingPatriarch();
			XSSFDrawing drawing = sheet.getDrawingPatriarch();
			for (int from = 0; from < offices.size(); from += OFFICES_PER_CHART) {
				int to = Math.min(offices.size(), from + OFFICES_PER_CHART);
				int rows = (int) Math.ceil((to - from) * ROWS_PER_OFFICE) + FRAME_ROWS;
				drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, CHART_COLUMNS, top + rows));
				top += rows;
				if (to < offices.size()) {
					sheet.setRowBreak(top - 1);
				}
			}
		}
		PrintLayout.apply(sheet, -1, -1, ConsolidatedWorkbookWriter.headerLeft(report), stamp);
		PrintLayout.area(sheet, CHART_COLUMNS - 1, top);
		return new ChartStamps(report);
	}

	/** The chart's title: which offices of how many. */
	static String title(int from, int to, int total) {
		return total <= OFFICES_PER_CHART ? "各機關完成率" : "各機關完成率（第 " + (from + 1) + " 至 " + to + " 個，共 " + total + " 個機關）";
	}

	/**
	 * Builds a chart with POI's chart model: {@link ChartStamps} prepares its stamp from one, and the tests compare
	 * the stamped charts with charts built here.
	 *
	 * @param names the offices' names, {@code categories} the range of 總表 that holds them
	 * @param rates the offices' rates ({@code null}: none), {@code values} the range that holds them
	 */
	static void build(XSSFDrawing drawing, XSSFClientAnchor anchor, String title, String[] names, String categories,
			Double[] rates, String values) {
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		// An office that sent nothing has no rate: a gap, never a 0% bar.
		chart.displayBlanksAs(DisplayBlanks.GAP);

		XDDFCategoryAxis officeAxis = chart.createCategoryAxis(AxisPosition.LEFT);
		// Horizontal bars list from the top down, in 總表's order.
		officeAxis.setOrientation(AxisOrientation.MAX_MIN);
		XDDFValueAxis rateAxis = chart.createValueAxis(AxisPosition.BOTTOM);
		rateAxis.setMinimum(0);
		rateAxis.setMaximum(1);
		rateAxis.setMajorUnit(0.2);
		rateAxis.setNumberFormat("0%");
		XDDFLineProperties grid = new XDDFLineProperties(
				new XDDFSolidFillProperties(XDDFColor.from(PresetColor.LIGHT_GRAY)));
		rateAxis.getOrAddMajorGridProperties().setLineProperties(grid);
		// With the categories reversed, crossing at the last one keeps the percentages under the bars.
		rateAxis.setCrosses(AxisCrosses.MAX);

		XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, officeAxis, rateAxis);
		bars.setBarDirection(BarDirection.BAR);
		bars.setVaryColors(false);
		bars.setGapWidth(60);
		XDDFChartData.Series series = bars.addSeries(XDDFDataSourcesFactory.fromArray(names, categories),
				XDDFDataSourcesFactory.fromArray(rates, values));
		series.setTitle(SERIES_TITLE, null);
		// Dark grey prints the same in colour and in grayscale.
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.DIM_GRAY)));
		// Series.plot() writes the references and caches; XDDFChart.plot() would also build a scratch
		// workbook to copy data into, which the references make pointless.
		series.plot();
		showValues(((XDDFBarChartData.Series) series));
	}

	/** 總表!$B$8:$B$13 (quoted only where the sheet name needs it) for offices from, from + 1 … */
	static String range(int column, int from, int count) {
		int first = SummarySheet.FIRST_OFFICE_ROW + from;
		return new CellRangeAddress(first, first + count - 1, column, column)
			.formatAsString(SummarySheet.NAME, true);
	}

	/** The rate printed at each bar's end, so a reader need not estimate it against the axis. */
	private static void showValues(XDDFBarChartData.Series series) {
		CTDLbls labels = series.getCTBarSer().isSetDLbls() ? series.getCTBarSer().getDLbls()
				: series.getCTBarSer().addNewDLbls();
		labels.addNewNumFmt().setFormatCode("0%");
		labels.getNumFmt().setSourceLinked(false);
		labels.addNewShowLegendKey().setVal(false);
		labels.addNewShowVal().setVal(true);
		labels.addNewShowCatName().setVal(false);
		labels.addNewShowSerName().setVal(false);
		labels.addNewShowPercent().setVal(false);
		labels.addNewShowBubbleSize().setVal(false);
	}

}
