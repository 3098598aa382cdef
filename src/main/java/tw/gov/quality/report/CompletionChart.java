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
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
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
 * streamed: the chart is built there. Its data comes from arrays that also name the 總表 ranges,
 * because SXSSF has already flushed those rows and POI could not read them back for the cache.
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

	void write(SXSSFWorkbook workbook) {
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
			for (int from = 0; from < offices.size(); from += OFFICES_PER_CHART) {
				int to = Math.min(offices.size(), from + OFFICES_PER_CHART);
				int rows = (int) Math.ceil((to - from) * ROWS_PER_OFFICE) + FRAME_ROWS;
				draw(sheet.getDrawingPatriarch(), from, to, top, rows);
				top += rows;
				if (to < offices.size()) {
					sheet.setRowBreak(top - 1);
				}
			}
		}
		PrintLayout.apply(sheet, -1, -1, ConsolidatedWorkbookWriter.headerLeft(report), stamp);
		PrintLayout.area(sheet, CHART_COLUMNS - 1, top);
	}

	/** The chart of 總表's offices {@code from} (inclusive) to {@code to} (exclusive). */
	private void draw(XSSFDrawing drawing, int from, int to, int top, int rows) {
		List<OfficeLine> offices = report.offices().subList(from, to);
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, CHART_COLUMNS, top + rows);
		XSSFChart chart = drawing.createChart(anchor);
		int total = report.offices().size();
		chart.setTitleText(total <= OFFICES_PER_CHART ? "各機關完成率"
				: "各機關完成率（第 " + (from + 1) + " 至 " + to + " 個，共 " + total + " 個機關）");
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
		XDDFChartData.Series series = bars.addSeries(names(offices, from), values(offices, from));
		series.setTitle(SERIES_TITLE, null);
		// Dark grey prints the same in colour and in grayscale.
		series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.DIM_GRAY)));
		// Series.plot() writes the references and caches; XDDFChart.plot() would also build a scratch
		// workbook to copy data into, which the references make pointless.
		series.plot();
		showValues(((XDDFBarChartData.Series) series));
	}

	private static XDDFCategoryDataSource names(List<OfficeLine> offices, int from) {
		String[] names = offices.stream().map(o -> o.office().name()).toArray(String[]::new);
		return XDDFDataSourcesFactory.fromArray(names, range(SummarySheet.NAME_COLUMN, from, offices.size()));
	}

	private static XDDFNumericalDataSource<Double> values(List<OfficeLine> offices, int from) {
		Double[] rates = offices.stream().map(OfficeLine::completionRate).toArray(Double[]::new);
		return XDDFDataSourcesFactory.fromArray(rates, range(SummarySheet.RATE_COLUMN, from, offices.size()));
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
