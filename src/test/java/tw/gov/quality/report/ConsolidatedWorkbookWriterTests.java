package tw.gov.quality.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;

import tw.gov.quality.report.SupervisorReport.AgencyTotals;

import tw.gov.quality.plan.PlanItem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tw.gov.quality.report.Workbooks.assertNoFormulas;
import static tw.gov.quality.report.Workbooks.assertPrintReady;
import static tw.gov.quality.report.Workbooks.blank;
import static tw.gov.quality.report.Workbooks.fill;
import static tw.gov.quality.report.Workbooks.row;
import static tw.gov.quality.report.Workbooks.text;

class ConsolidatedWorkbookWriterTests {

	private static final String GREEN = "C6EFCE";

	private static final String AMBER = "FFEB9C";

	private static final String RED = "FFC7CE";

	private static final String GREY = "D9D9D9";

	private static final String HEADER_LEFT = "法務部行政執行署　107年第2季執行成果報告（107年1月至6月）";

	private static final String GENERATED = Reports.STAMP;

	@TempDir
	Path folder;

	private XSSFWorkbook write(SupervisorReport report) throws Exception {
		Path file = folder.resolve("report.xlsx");
		new ConsolidatedWorkbookWriter(Reports.WRITTEN_AT).write(report, file);
		return Workbooks.open(file);
	}

	@Test
	void sheetsInReadingOrderThenOneSheetPerOffice() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report())) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			assertThat(names)
				.startsWith("總表", "完成率圖", "實施要項對照", "逾期及未繳", "列管事項", "計畫項目", "計畫項目2", "A01", "A02", "A03", "A04",
						"A05")
				.hasSize(13)
				.doesNotContain("所屬機關彙總");
			assertThat(workbook.getActiveSheetIndex()).isZero();
		}
	}

	@Test
	void summaryTotalsMatchTheTree() throws Exception {
		SupervisorReport report = Reports.report();
		try (XSSFWorkbook workbook = write(report)) {
			XSSFSheet summary = workbook.getSheet("總表");
			assertThat(text(summary.getRow(0).getCell(0))).isEqualTo(HEADER_LEFT);
			Row labels = summary.getRow(SummarySheet.TOTALS_HEADER_ROW);
			Row totals = summary.getRow(SummarySheet.TOTALS_HEADER_ROW + 1);
			assertThat(text(labels.getCell(0))).isEqualTo("應繳機關數");
			assertThat(text(labels.getCell(5))).isEqualTo("繳交率");
			assertThat(text(labels.getCell(6))).isEqualTo("準時率");
			// 6 offices; A01, A02 and A05 sent a sheet; A01 and A05 on time.
			assertThat(totals.getCell(0).getNumericCellValue()).isEqualTo(6).isEqualTo(report.expected());
			assertThat(totals.getCell(1).getNumericCellValue()).isEqualTo(3).isEqualTo(report.received());
			assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(2).isEqualTo(report.onTime());
			assertThat(totals.getCell(3).getNumericCellValue()).isEqualTo(1);
			assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(3);
			assertThat(totals.getCell(5).getNumericCellValue()).isEqualTo(0.5).isEqualTo(report.reportingRate());
			assertThat(totals.getCell(6).getNumericCellValue()).isCloseTo(1.0 / 3, within(1e-9));
			assertThat(totals.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0%");
		}
	}

	@Test
	void summaryHasOneLinePerOfficeWithItsStateAndCounts() throws Exception {
		SupervisorReport report = Reports.report();
		try (XSSFWorkbook workbook = write(report)) {
			XSSFSheet summary = workbook.getSheet("總表");
			Row header = summary.getRow(SummarySheet.TABLE_HEADER_ROW);
			List<String> columns = new ArrayList<>();
			header.forEach(cell -> columns.add(text(cell)));
			assertThat(columns).containsExactly("機關代碼", "機關名稱", "繳交狀態", "收件時間", "逾期時間", "項目數", "已完成", "執行中", "持續辦理",
					"未開始", "不適用", "落後進度", "逾期項目", "警告數", "完成率", "列管中", "考核評分");
			for (int i = 0; i < report.offices().size(); i++) {
				OfficeLine office = report.offices().get(i);
				Row row = summary.getRow(SummarySheet.FIRST_OFFICE_ROW + i);
				assertThat(text(row.getCell(0))).isEqualTo(office.office().code());
				assertThat(text(row.getCell(1))).isEqualTo(office.office().name());
				assertThat(text(row.getCell(2))).isEqualTo(office.state().label());
				assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(office.total());
			}
			// One line per office, then 合計.
			assertThat(summary.getRow(summary.getLastRowNum()).getRowNum())
				.isEqualTo(SummarySheet.FIRST_OFFICE_ROW + report.offices().size());
			Row total = summary.getRow(summary.getLastRowNum());
			assertThat(text(total.getCell(0))).isEqualTo("合計");
			assertThat(text(total.getCell(1))).isEqualTo("共 6 個機關（已繳 3 個）");
			assertThat(total.getCell(5).getNumericCellValue()).as("every office's items, submitted or not")
				.isEqualTo(report.offices().stream().mapToInt(OfficeLine::total).sum());
			List<OfficeLine> submitted = report.offices().stream().filter(o -> o.state().submitted()).toList();
			assertThat(total.getCell(6).getNumericCellValue())
				.isEqualTo(submitted.stream().mapToLong(o -> o.count(tw.gov.quality.progress.ItemStatus.COMPLETED)).sum());
			assertThat(total.getCell(14).getNumericCellValue()).isEqualTo(SummarySheet.totalRate(submitted));
			assertThat(total.getCell(14).getCellStyle().getDataFormatString()).isEqualTo("0%");

			Row onTime = row(summary, SummarySheet.FIRST_OFFICE_ROW, 0, "A01");
			assertThat(text(onTime.getCell(2))).isEqualTo("準時");
			assertThat(text(onTime.getCell(3))).isEqualTo("107年7月5日 14:03:12");
			assertThat(blank(onTime.getCell(4))).isTrue();
			assertThat(numbers(onTime, 5, 13)).containsExactly(8.0, 2.0, 2.0, 2.0, 1.0, 1.0, 1.0, 1.0, 3.0);
			assertThat(onTime.getCell(14).getNumericCellValue()).isCloseTo(4.0 / 7, within(1e-9));
			assertThat(onTime.getCell(14).getCellStyle().getDataFormatString()).isEqualTo("0%");

			Row late = row(summary, SummarySheet.FIRST_OFFICE_ROW, 0, "A02");
			assertThat(text(late.getCell(2))).isEqualTo("逾期");
			assertThat(text(late.getCell(3))).isEqualTo("107年7月12日 20:00:00");
			assertThat(text(late.getCell(4))).isEqualTo("2天3小時");
			assertThat(late.getCell(14).getNumericCellValue()).isEqualTo(0.6);

			Row missing = row(summary, SummarySheet.FIRST_OFFICE_ROW, 0, "A03");
			assertThat(text(missing.getCell(2))).isEqualTo("未繳");
			assertThat(missing.getCell(5).getNumericCellValue()).isEqualTo(8);
			for (int c = 6; c <= 14; c++) {
				assertThat(blank(missing.getCell(c))).as("column %d of an office that sent nothing", c).isTrue();
			}
			assertThat(text(row(summary, SummarySheet.FIRST_OFFICE_ROW, 0, "A04").getCell(2))).isEqualTo("退件未補正");
			assertThat(text(row(summary, SummarySheet.FIRST_OFFICE_ROW, 0, Reports.WEIRD_CODE).getCell(2)))
				.isEqualTo("待繳");
		}
	}

	@Test
	void officeCodesOnTheSummaryLinkToTheirSheets() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report())) {
			XSSFSheet summary = workbook.getSheet("總表");
			for (int r = SummarySheet.FIRST_OFFICE_ROW; r < summary.getLastRowNum(); r++) {
				Hyperlink link = summary.getRow(r).getCell(0).getHyperlink();
				assertThat(link).isNotNull();
				String target = link.getAddress().substring(1, link.getAddress().indexOf("'!"));
				assertThat(workbook.getSheet(target)).as(link.getAddress()).isNotNull();
			}
		}
	}

	@Test
	void matrixShowsEachStrategysRateWithFillAndSymbol() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report())) {
			XSSFSheet matrix = workbook.getSheet("實施要項對照");
			Row header = matrix.getRow(StrategyMatrixSheet.HEADER_ROW);
			assertThat(text(header.getCell(2))).isEqualTo("一、提升服務品質，深化服務績效");
			assertThat(text(header.getCell(5))).isEqualTo("四、豐富服務資訊，促進網路溝通");
			assertThat(text(header.getCell(6))).isEqualTo("五、創新服務方式，整合服務資源");
			assertThat(text(header.getCell(7))).isEqualTo("整體");

			// A01: 一 2 of 3, 二 none of 1, 三 1 of 1, 四 only 不適用, 五 1 of 2, overall 4 of 7.
			Row a01 = row(matrix, StrategyMatrixSheet.HEADER_ROW + 1, 0, "A01");
			assertRate(a01.getCell(2), 2.0 / 3, AMBER, "◐");
			assertRate(a01.getCell(3), 0, RED, "○");
			assertRate(a01.getCell(4), 1, GREEN, "●");
			assertThat(text(a01.getCell(5))).isEqualTo("—");
			assertThat(fill(a01.getCell(5))).isNull();
			assertRate(a01.getCell(6), 0.5, AMBER, "◐");
			assertRate(a01.getCell(7), 4.0 / 7, AMBER, "◐");

			// A02's plan has no strategy 四.
			Row a02 = row(matrix, StrategyMatrixSheet.HEADER_ROW + 1, 0, "A02");
			assertRate(a02.getCell(2), 0.5, AMBER, "◐");
			assertRate(a02.getCell(3), 1, GREEN, "●");
			assertRate(a02.getCell(4), 0, RED, "○");
			assertThat(text(a02.getCell(5))).isEqualTo("—");
			assertRate(a02.getCell(7), 0.6, AMBER, "◐");

			for (String unsubmitted : List.of("A03", "A04", Reports.WEIRD_CODE)) {
				Row row = row(matrix, StrategyMatrixSheet.HEADER_ROW + 1, 0, unsubmitted);
				for (int c = 2; c <= 7; c++) {
					assertThat(text(row.getCell(c))).isEqualTo("未繳");
					assertThat(fill(row.getCell(c))).isEqualTo(GREY);
				}
			}
		}
	}

	@Test
	void matrixLegendExplainsColoursAndSymbols() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report())) {
			XSSFSheet matrix = workbook.getSheet("實施要項對照");
			Row title = row(matrix, StrategyMatrixSheet.HEADER_ROW + 1, 0, "圖例");
			int r = title.getRowNum() + 1;
			assertLegend(matrix.getRow(r++), "●", GREEN, "80% 以上");
			assertLegend(matrix.getRow(r++), "◐", AMBER, "50% 以上、未滿 80%");
			assertLegend(matrix.getRow(r++), "○", RED, "未滿 50%");
			assertLegend(matrix.getRow(r++), "未繳", GREY, "未繳");
			assertThat(text(matrix.getRow(r).getCell(0))).isEqualTo("—");
			assertThat(text(matrix.getRow(r).getCell(1))).contains("無此實施要項");
		}
	}

	@Test
	void strategyTitlesComeFromTheFirstPlanThatHasThem() throws Exception {
		// A02's plan, first here, has no strategy 四: its title comes from A01's plan.
		SupervisorReport report = new SupervisorReport(Reports.SUPERVISOR, Reports.PERIOD, Reports.GENERATED_AT,
				List.of(Reports.late(), Reports.onTime()), List.of());
		try (XSSFWorkbook workbook = write(report)) {
			Row header = workbook.getSheet("實施要項對照").getRow(StrategyMatrixSheet.HEADER_ROW);
			assertThat(text(header.getCell(5))).isEqualTo("四、豐富服務資訊，促進網路溝通");
		}
	}

	@Test
	void rateBandsFollowThePrintedPercentage() {
		assertThat(RateBand.of(0.8)).isEqualTo(RateBand.HIGH);
		assertThat(RateBand.of(0.796)).as("prints 80%").isEqualTo(RateBand.HIGH);
		assertThat(RateBand.of(0.794)).as("prints 79%").isEqualTo(RateBand.MIDDLE);
		assertThat(RateBand.of(0.5)).isEqualTo(RateBand.MIDDLE);
		assertThat(RateBand.of(0.494)).isEqualTo(RateBand.LOW);
		assertThat(RateBand.of(0)).isEqualTo(RateBand.LOW);
	}

	@Test
	void completionChartIsANativeBarChartOverTheSummaryColumns() throws Exception {
		SupervisorReport report = Reports.report();
		try (XSSFWorkbook workbook = write(report)) {
			XSSFSheet sheet = workbook.getSheet("完成率圖");
			assertThat(sheet.getDrawingPatriarch()).isNotNull();
			List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
			assertThat(charts).hasSize(1);
			assertThat(sheet.getDrawingPatriarch().getShapes()).as("a chart, not a picture").hasSize(1);
			XSSFChart chart = charts.get(0);
			List<XDDFChartData> data = chart.getChartSeries();
			assertThat(data).hasSize(1);
			assertThat(data.get(0)).isInstanceOf(XDDFBarChartData.class);
			assertThat(((XDDFBarChartData) data.get(0)).getBarDirection()).isEqualTo(BarDirection.BAR);
			assertThat(data.get(0).getSeriesCount()).isEqualTo(1);

			XDDFChartData.Series series = data.get(0).getSeries(0);
			// 總表 rows 8 to 13: names in B, rates in O.
			assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("總表!$B$8:$B$13");
			assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("總表!$O$8:$O$13");
			assertThat(series.getCategoryData().getPointCount()).isEqualTo(6);
			assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("臺北分署");
			// The cached values, by point index: offices that sent nothing (A03, A04, pending) have none,
			// which the chart draws as a gap.
			CTNumData cache = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getVal().getNumRef()
				.getNumCache();
			assertThat(cache.getPtCount().getVal()).isEqualTo(6);
			assertThat(cache.getPtList()).extracting(CTNumVal::getIdx).containsExactly(0L, 1L, 4L);
			assertThat(cache.getPtList()).extracting(pt -> Double.valueOf(pt.getV()))
				.containsExactly(4.0 / 7, 0.6, 1.0);
			assertThat(chart.getCTChart().getDispBlanksAs().getVal()).isEqualTo(STDispBlanksAs.GAP);

			XSSFSheet summary = workbook.getSheet("總表");
			CellRangeAddress names = CellRangeAddress.valueOf("B8:B13");
			assertThat(text(summary.getRow(names.getFirstRow()).getCell(names.getFirstColumn()))).isEqualTo("臺北分署");
			assertThat(summary.getRow(names.getFirstRow()).getCell(SummarySheet.RATE_COLUMN).getNumericCellValue())
				.isCloseTo(4.0 / 7, within(1e-9));
		}
	}

	@Test
	void manyOfficesGetOneChartPerPage() throws Exception {
		OfficeReport template = Reports.onTime();
		List<OfficeReport> offices = new ArrayList<>();
		for (int i = 1; i <= 45; i++) {
			offices.add(new OfficeReport(Reports.office(String.format("B%02d", i), "分署" + i, null), template.state(),
					template.plan(), template.receivedAt(), template.late(), template.deadline(), template.items(), 1L));
		}
		SupervisorReport report = new SupervisorReport(Reports.SUPERVISOR, Reports.PERIOD, Reports.GENERATED_AT, List.copyOf(offices),
				List.of());
		try (XSSFWorkbook workbook = write(report)) {
			XSSFSheet sheet = workbook.getSheet("完成率圖");
			List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
			assertThat(charts).hasSize(3);
			List<String> names = new ArrayList<>();
			List<String> rates = new ArrayList<>();
			for (XSSFChart chart : charts) {
				XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
				names.add(series.getCategoryData().getDataRangeReference());
				rates.add(series.getValuesData().getDataRangeReference());
			}
			assertThat(names).containsExactly("總表!$B$8:$B$27", "總表!$B$28:$B$47", "總表!$B$48:$B$52");
			assertThat(rates).containsExactly("總表!$O$8:$O$27", "總表!$O$28:$O$47", "總表!$O$48:$O$52");
			assertThat(charts.get(1).getTitleText().getString()).isEqualTo("各機關完成率（第 21 至 40 個，共 45 個機關）");
			assertThat(sheet.getRowBreaks()).as("a page per chart").hasSize(2);
		}
	}

	@Test
	void everySheetPrintsOnA4LandscapeOnePageWide() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report(agencies()))) {
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				XSSFSheet sheet = workbook.getSheetAt(i);
				// 總表, 所屬機關彙總, 完成率圖, 實施要項對照, 逾期及未繳, 計畫項目 (plan A), 計畫項目2 (plan B), then the offices
				boolean office = i >= 7;
				assertPrintReady(sheet, office ? "107年第2季執行成果報告（107年1月至6月）" : HEADER_LEFT, GENERATED);
			}
			assertThat(workbook.getSheet("A01").getHeader().getLeft()).startsWith("臺北分署");
			assertThat(workbook.getSheet("總表").getRepeatingRows())
				.isEqualTo(new CellRangeAddress(SummarySheet.TABLE_HEADER_ROW, SummarySheet.TABLE_HEADER_ROW, -1, -1));
			assertThat(workbook.getSheet("A01").getRepeatingRows())
				.isEqualTo(new CellRangeAddress(OfficeSheet.HEADER_ROW, OfficeSheet.HEADER_ROW, -1, -1));
			assertThat(workbook.getSheet("實施要項對照").getRepeatingRows())
				.isEqualTo(new CellRangeAddress(StrategyMatrixSheet.HEADER_ROW, StrategyMatrixSheet.HEADER_ROW, -1, -1));
			assertThat(workbook.getSheet("逾期及未繳").getRepeatingRows())
				.isEqualTo(new CellRangeAddress(OverdueSheet.HEADER_ROW, OverdueSheet.HEADER_ROW, -1, -1));
			assertThat(workbook.getSheet("所屬機關彙總").getRepeatingRows())
				.isEqualTo(new CellRangeAddress(AgencySheet.HEADER_ROW, AgencySheet.HEADER_ROW, -1, -1));
		}
	}

	@Test
	void textFromOfficesIsAlwaysAStringNeverAFormula() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report())) {
			XSSFSheet sheet = workbook.getSheet("A01");
			Row behind = row(sheet, OfficeSheet.HEADER_ROW + 1, 0, "1.3");
			Cell description = behind.getCell(OfficeSheet.COLUMNS.indexOf("執行情形"));
			assertThat(description.getCellType()).isEqualTo(CellType.STRING);
			assertThat(description.getStringCellValue()).isEqualTo(Reports.FORMULA_TEXT);
			Cell at = behind.getCell(OfficeSheet.COLUMNS.indexOf("備註"));
			assertThat(at.getCellType()).isEqualTo(CellType.STRING);
			assertThat(at.getStringCellValue()).isEqualTo("@SUM(A1)");
			Cell phone = row(sheet, OfficeSheet.HEADER_ROW + 1, 0, "1.2").getCell(OfficeSheet.COLUMNS.indexOf("備註"));
			assertThat(phone.getCellType()).isEqualTo(CellType.STRING);
			assertThat(phone.getStringCellValue()).isEqualTo(Reports.PHONE_TEXT);
			Cell minus = row(sheet, OfficeSheet.HEADER_ROW + 1, 0, "2.1").getCell(OfficeSheet.COLUMNS.indexOf("執行情形"));
			assertThat(minus.getCellType()).isEqualTo(CellType.STRING);
			assertThat(minus.getStringCellValue()).isEqualTo("-已規劃，待採購");
			assertNoFormulas(workbook);
		}
	}

	@Test
	void sheetNamesAreValidForExcel() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report())) {
			Set<String> seen = new HashSet<>();
			workbook.forEach(sheet -> {
				String name = sheet.getSheetName();
				assertThat(name).hasSizeBetween(1, 31).doesNotContainAnyWhitespaces();
				assertThat(name).doesNotContain("[", "]", ":", "*", "?", "/", "\\");
				assertThat(name).doesNotStartWith("'").doesNotEndWith("'");
				assertThat(seen.add(name.toLowerCase(Locale.ROOT))).as("unique: " + name).isTrue();
			});
			// The pending office's code is no valid name; its sheet still exists, under a cleaned one.
			// After the five report sheets and the two plans' 計畫項目 sheets: A01, A02, A03, A04, A05, then it.
			XSSFSheet weird = workbook.getSheetAt(12);
			assertThat(weird.getSheetName()).startsWith("KH_branch_").hasSize(31);
			assertThat(text(weird.getRow(1).getCell(0))).contains(Reports.WEIRD_CODE);
		}
	}

	@Test
	void officeSheetPrintsInFullOnlyTheItemsToReadAndListsTheOthersWithTheirFigures() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report())) {
			XSSFSheet sheet = workbook.getSheet("A01");
			assertThat(text(sheet.getRow(0).getCell(0))).isEqualTo("臺北分署　107年第2季執行成果報告（107年1月至6月）");
			assertThat(text(sheet.getRow(2).getCell(0))).contains("繳交狀態：準時", "收件時間：107年7月5日 14:03:12");
			List<String> header = new ArrayList<>();
			sheet.getRow(OfficeSheet.HEADER_ROW).forEach(cell -> header.add(text(cell)));
			assertThat(header).containsExactly("項次", "項目", "執行狀態", "完成日期", "累計辦理數量", "年度目標", "執行情形", "備註", "檢核");
			assertThat(text(sheet.getRow(1).getCell(0))).contains("見工作表「計畫項目」");
			List<String> firstColumn = new ArrayList<>();
			for (int r = OfficeSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
				firstColumn.add(text(sheet.getRow(r).getCell(0)));
			}
			// In full: what is not done (執行中, 未開始, 不適用) or has a warning (1.2 持續辦理 with no text);
			// 已完成 and 持續辦理 without a warning in a line per state with date and figure, and where their texts are.
			assertThat(firstColumn).containsExactly("一、提升服務品質，深化服務績效", "1.2", "1.3", "二、便捷服務程序，確保流程透明", "2.1",
					"四、豐富服務資訊，促進網路溝通", "4.1", "五、創新服務方式，整合服務資源", "5.2", "已完成 2 項：1.1（107年3月5日；3）、3.1（107年6月1日）",
					"持續辦理 1 項：5.1", "以上 3 項檢核無誤，本表不列其執行情形；各項執行情形及備註全文（機關填報之全部文字）見附件一之一「執行情形明細」（執行情形明細_report.xlsx）。");
			int heading = OfficeSheet.HEADER_ROW + 1;
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(heading, heading, 0, 8));

			Row read = row(sheet, heading, 0, "1.3");
			assertThat(text(read.getCell(1))).as("a short label").isEqualTo("聯合企業、社會團體辦理…");
			assertThat(text(read.getCell(2))).isEqualTo("執行中");
			assertThat(read.getCell(4).getNumericCellValue()).isEqualTo(1);
			assertThat(text(read.getCell(OfficeSheet.COLUMNS.indexOf("執行情形")))).isEqualTo(Reports.FORMULA_TEXT);
			assertThat(text(row(sheet, heading, 0, "1.3").getCell(5))).isEqualTo("每年4次");
			assertThat(text(row(sheet, heading, 0, "1.3").getCell(OfficeSheet.CHECK_COLUMN))).isEqualTo("落後進度");
			assertThat(text(row(sheet, heading, 0, "1.2").getCell(OfficeSheet.CHECK_COLUMN))).isEqualTo("未填執行情形");
			assertThat(text(row(sheet, heading, 0, "2.1").getCell(OfficeSheet.CHECK_COLUMN))).isEqualTo("逾完成期限");

			XSSFSheet other = workbook.getSheet("A02");
			Row monthly = row(other, OfficeSheet.HEADER_ROW + 1, 0, "1.1.1");
			assertThat(text(monthly.getCell(1))).as("cut; whole on 計畫項目2").isEqualTo("每月至少派員打掃該社區…");
			assertThat(text(monthly.getCell(5))).as("the year's total is on the plan's sheet").isEqualTo("每月2次");
			assertThat(text(other.getRow(2).getCell(0))).contains("繳交狀態：逾期（2天3小時）");
			assertThat(text(other.getRow(1).getCell(0))).contains("見工作表「計畫項目2」");
		}
	}

	@Test
	void theAnnexBesideTheReportHoldsEveryTextWholeUnderTheReportsHeader() throws Exception {
		write(Reports.report()).close();
		try (XSSFWorkbook annex = Workbooks.open(folder.resolve("執行情形明細_report.xlsx"))) {
			XSSFSheet sheet = annex.getSheet("執行情形明細");
			assertThat(sheet.getHeader().getLeft()).startsWith("附件一之一　執行情形明細");
			assertThat(sheet.getHeader().getRight()).contains("資料截至：", "產製時間：");
			assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 頁，共 &N 頁");
			assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(ExecutionTextsAnnex.HEADER_ROW,
					ExecutionTextsAnnex.HEADER_ROW, -1, -1));
			List<String> texts = new ArrayList<>();
			for (Row row : sheet) {
				row.forEach(cell -> texts.add(text(cell)));
			}
			// A01's settled 1.1 and 3.1, left out of its sheet, and the remarks, every word as typed.
			assertThat(texts).contains("臺北分署（A01）　繳交狀態：準時", "已完成環境改善", "辦理2場", Reports.PHONE_TEXT, "本分署無網站",
					Reports.FORMULA_TEXT, "@SUM(A1)", "種植200株", "參訪台積電");
			assertThat(texts).anyMatch(text -> text != null && text.startsWith("桃園分署（A03）") && text.contains("【本季未繳】"));
		}
	}

	@Test
	void eachPlanPrintsItsTextsOnceForAllItsOffices() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report())) {
			// A01 reports on plan A, A02 and A05 on plan B; A03 and A04 sent nothing and list no items.
			// After 總表, 完成率圖, 實施要項對照, 逾期及未繳 and 列管事項, before the offices.
			assertThat(workbook.getSheetIndex("計畫項目")).isEqualTo(5);
			assertThat(workbook.getSheetIndex("計畫項目2")).isEqualTo(6);
			assertThat(workbook.getSheetIndex("A01")).isEqualTo(7);
			assertThat(workbook.getSheet("計畫項目3")).isNull();
			XSSFSheet planA = workbook.getSheet("計畫項目");
			assertThat(text(planA.getRow(0).getCell(0))).contains(Reports.PLAN_A.title());
			List<String> header = new ArrayList<>();
			planA.getRow(PlanItemsSheet.HEADER_ROW).forEach(cell -> header.add(text(cell)));
			assertThat(header).containsExactly("項次", "具體推動作法", "完成期限", "承辦單位", "預期效益", "年度目標");
			int first = PlanItemsSheet.HEADER_ROW + 1;
			assertThat(text(planA.getRow(first).getCell(0))).isEqualTo("一、提升服務品質，深化服務績效");
			Row done = row(planA, first, 0, "1.1");
			assertThat(text(done.getCell(1))).isEqualTo("改善機關內外環境，親切導引服務");
			assertThat(text(done.getCell(2))).isEqualTo("經常辦理");
			assertThat(text(done.getCell(3))).isEqualTo("秘書室、執行科");
			assertThat(text(done.getCell(4))).as("the plan's 預期效益").isEqualTo("提升服務品質");
			assertThat(text(row(planA, first, 0, "1.3").getCell(5))).isEqualTo("每年4次");
			List<String> codes = new ArrayList<>();
			for (int r = first; r <= planA.getLastRowNum(); r++) {
				codes.add(text(planA.getRow(r).getCell(0)));
			}
			assertThat(codes).containsExactly("一、提升服務品質，深化服務績效", "1.1", "1.2", "1.3", "二、便捷服務程序，確保流程透明", "2.1",
					"三、探查民意趨勢，建立顧客關係", "3.1", "四、豐富服務資訊，促進網路溝通", "4.1", "五、創新服務方式，整合服務資源", "5.1", "5.2");
			XSSFSheet planB = workbook.getSheet("計畫項目2");
			assertThat(text(planB.getRow(2).getCell(0))).as("A02 and A05").contains("本季 2 個已繳機關");
			assertThat(text(row(planB, first, 0, "1.1.1").getCell(1))).isEqualTo("（一）環境美化\n每月至少派員打掃該社區公園");
		}
	}

	@Test
	void aLongItemLabelIsCutButWhatTheOfficeWroteIsNot() throws Exception {
		PlanItem item = Reports.PLAN_A.items().get(0);
		PlanItem wordy = new PlanItem("9.9", 1, null, "一二三四五六七八九十一二三四五六七八九十", null, item.deadline(), item.units(),
				item.benefit(), item.target(), null, null);
		assertThat(OfficeSheet.label(wordy)).isEqualTo("一二三四五六七八九十一…").hasSize(OfficeSheet.LABEL_LENGTH);
		try (XSSFWorkbook workbook = write(Reports.report())) {
			Row behind = row(workbook.getSheet("A01"), OfficeSheet.HEADER_ROW + 1, 0, "1.3");
			assertThat(text(behind.getCell(OfficeSheet.COLUMNS.indexOf("執行情形")))).isEqualTo(Reports.FORMULA_TEXT);
		}
	}

	@Test
	void officeWithoutASubmissionPrintsOneLineWithItsDeadline() throws Exception {
		// Before, its eight plan items were listed with empty cells: pages of blank rows on paper.
		try (XSSFWorkbook workbook = write(Reports.report())) {
			XSSFSheet sheet = workbook.getSheet("A03");
			assertThat(text(sheet.getRow(OfficeSheet.NOTE_ROW).getCell(0)))
				.isEqualTo("【本季未繳】未繳（繳交期限 107年7月10日 17:00:00）：計畫項目 8 項，本季無可採用之辦理情形。");
			assertThat(sheet.getLastRowNum()).isEqualTo(OfficeSheet.NOTE_ROW);
			assertThat(sheet.getRepeatingRows()).isNull();
			assertThat(text(workbook.getSheet("A04").getRow(OfficeSheet.NOTE_ROW).getCell(0)))
				.startsWith("【本季未繳】退件未補正（繳交期限 ");
		}
	}

	@Test
	void overdueSheetListsWhoToChaseWithContacts() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report())) {
			XSSFSheet sheet = workbook.getSheet("逾期及未繳");
			List<String> header = new ArrayList<>();
			sheet.getRow(OverdueSheet.HEADER_ROW).forEach(cell -> header.add(text(cell)));
			assertThat(header).containsExactly("機關代碼", "機關名稱", "繳交狀態", "繳交期限", "收件時間", "逾期時間", "聯絡人", "電話", "電子郵件");
			List<String> codes = new ArrayList<>();
			for (int r = OverdueSheet.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
				codes.add(text(sheet.getRow(r).getCell(0)));
			}
			assertThat(codes).containsExactly("A03", "A04", "A02");

			Row missing = row(sheet, OverdueSheet.HEADER_ROW + 1, 0, "A03");
			assertThat(text(missing.getCell(2))).isEqualTo("未繳");
			assertThat(text(missing.getCell(3))).isEqualTo("107年7月10日 17:00:00");
			assertThat(blank(missing.getCell(4))).isTrue();
			assertThat(text(missing.getCell(5))).isEqualTo("已逾 10天16小時（至產製時）");
			assertThat(text(missing.getCell(6))).isEqualTo("張小姐");
			assertThat(text(missing.getCell(7))).isEqualTo("03-333-0000");
			assertThat(text(missing.getCell(8))).isEqualTo("a03@example.gov.tw");

			assertThat(text(row(sheet, OverdueSheet.HEADER_ROW + 1, 0, "A04").getCell(2))).isEqualTo("退件未補正");
			Row late = row(sheet, OverdueSheet.HEADER_ROW + 1, 0, "A02");
			assertThat(text(late.getCell(4))).isEqualTo("107年7月12日 20:00:00");
			assertThat(text(late.getCell(5))).isEqualTo("2天3小時");
			assertThat(text(late.getCell(6))).isEqualTo("陳先生");
		}
	}

	@Test
	void childAgenciesGetARollUpSheet() throws Exception {
		try (XSSFWorkbook workbook = write(Reports.report(agencies()))) {
			assertThat(workbook.getSheetIndex("所屬機關彙總")).isEqualTo(1);
			XSSFSheet sheet = workbook.getSheet("所屬機關彙總");
			Row first = sheet.getRow(AgencySheet.HEADER_ROW + 1);
			assertThat(text(first.getCell(0))).isEqualTo("AEA-N");
			assertThat(text(first.getCell(1))).isEqualTo("北區分署群");
			assertThat(numbers(first, 2, 4)).containsExactly(4.0, 3.0, 2.0);
			assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(0.75);
			assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(0.5);
			List<String> header = new ArrayList<>();
			sheet.getRow(AgencySheet.HEADER_ROW).forEach(cell -> header.add(text(cell)));
			assertThat(header.subList(7, 13)).containsExactly("項目數", "已繳機關項目數", "已完成＋持續辦理", "落後進度", "逾期項目", "完成率");
			assertThat(numbers(first, 7, 11)).containsExactly(40.0, 30.0, 12.0, 3.0, 1.0);
			assertThat(first.getCell(12).getNumericCellValue()).isEqualTo(0.65);
			Row second = sheet.getRow(AgencySheet.HEADER_ROW + 2);
			assertThat(text(second.getCell(0))).isEqualTo("AEA-S");
			assertThat(second.getCell(7).getNumericCellValue()).as("items of offices that sent nothing count too")
				.isEqualTo(10);
			assertThat(blank(second.getCell(12))).as("no rate when nothing was submitted").isTrue();
		}
	}

	private static List<AgencyTotals> agencies() {
		return List.of(new AgencyTotals(Reports.office("AEA-N", "北區分署群", null), 4, 3, 2, 40, 30, 12, 3, 1, 0.65),
				new AgencyTotals(Reports.office("AEA-S", "南區分署群", null), 2, 0, 0, 10, 0, 0, 0, 0, null));
	}

	private static void assertRate(Cell cell, double rate, String fill, String symbol) {
		assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(cell.getNumericCellValue()).isCloseTo(rate, within(1e-9));
		assertThat(fill(cell)).isEqualTo(fill);
		assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("0%\" " + symbol + "\"");
	}

	private static void assertLegend(Row row, String sample, String fill, String meaning) {
		assertThat(text(row.getCell(0))).isEqualTo(sample);
		assertThat(fill(row.getCell(0))).isEqualTo(fill);
		assertThat(text(row.getCell(1))).contains(meaning);
		if (!sample.equals("未繳")) {
			assertThat(text(row.getCell(1))).contains(sample);
		}
	}

	private static List<Double> numbers(Row row, int first, int last) {
		List<Double> values = new ArrayList<>();
		for (int c = first; c <= last; c++) {
			values.add(row.getCell(c).getNumericCellValue());
		}
		return values;
	}

}
