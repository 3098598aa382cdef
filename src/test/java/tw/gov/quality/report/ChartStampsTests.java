package tw.gov.quality.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tw.gov.quality.spreadsheet.PreparedPackage;

import static org.assertj.core.api.Assertions.assertThat;

/** 完成率圖's charts are stamped, not built with POI's chart model: each must read as POI would have written it. */
class ChartStampsTests {

	@Test
	void aChartWithGapsIsStampedAsPoiBuildsIt() throws Exception {
		SupervisorReport report = Reports.report();
		assertThat(new ChartStamps(report).text(0)).isEqualTo(built(report, 0));
	}

	@Test
	void everyChartOfManyOfficesIsStampedAsPoiBuildsIt() throws Exception {
		OfficeReport template = Reports.onTime();
		List<OfficeReport> offices = new ArrayList<>();
		for (int i = 1; i <= 45; i++) {
			// Names XML escapes, and offices that sent nothing among those that did.
			OfficeReport office = i % 4 == 0 ? Reports.missing() : template;
			offices.add(new OfficeReport(Reports.office(String.format("B%02d", i), "分署<" + i + "> & 所", null), office.state(),
					office.plan(), office.receivedAt(), office.late(), office.deadline(), office.items(), 1L));
		}
		SupervisorReport report = new SupervisorReport(Reports.SUPERVISOR, Reports.PERIOD, Reports.GENERATED_AT,
				List.copyOf(offices), List.of());
		ChartStamps stamps = new ChartStamps(report);
		for (int from = 0; from < offices.size(); from += CompletionChart.OFFICES_PER_CHART) {
			assertThat(stamps.text(from)).as("the chart from office %d", from).isEqualTo(built(report, from));
		}
	}

	/** The chart part POI writes for the offices from {@code from}, built with its chart model. */
	private static String built(SupervisorReport report, int from) throws Exception {
		List<OfficeLine> offices = report.offices()
			.subList(from, Math.min(report.offices().size(), from + CompletionChart.OFFICES_PER_CHART));
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFDrawing drawing = workbook.createSheet(CompletionChart.NAME).createDrawingPatriarch();
			CompletionChart.build(drawing, drawing.createAnchor(0, 0, 0, 0, 0, 2, 14, 30),
					CompletionChart.title(from, from + offices.size(), report.offices().size()),
					offices.stream().map(o -> o.office().name()).toArray(String[]::new),
					CompletionChart.range(SummarySheet.NAME_COLUMN, from, offices.size()),
					offices.stream().map(OfficeLine::completionRate).toArray(Double[]::new),
					CompletionChart.range(SummarySheet.RATE_COLUMN, from, offices.size()));
			return PreparedPackage.of(workbook).text("xl/charts/chart1.xml");
		}
	}

}
