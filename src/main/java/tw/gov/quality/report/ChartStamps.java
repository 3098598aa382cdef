package tw.gov.quality.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import tw.gov.quality.spreadsheet.PreparedPackage;
import tw.gov.quality.spreadsheet.PreparedPackage.Template;

/**
 * The parts of 完成率圖's charts, each stamped from one chart POI's chart model built once ({@link CompletionChart#build}),
 * with its title, its offices' names and rates and the 總表 ranges that hold them: building a POI chart model per
 * twenty offices was a tenth of a consolidation. {@link CompletionChart#write} creates the parts, empty, in order;
 * the package's writer ({@link OfficeSheetsPackage}) asks for each one's text.
 */
final class ChartStamps {

	private static final Pattern PART = Pattern.compile("xl/charts/chart(\\d+)\\.xml");

	private static final String TITLE = "QPCHARTTITLEMARK";

	private static final String CATEGORIES = "QPCHARTCATEGORIESMARK";

	private static final String NAMES = "QPCHARTNAMESMARK";

	private static final String VALUES = "QPCHARTVALUESMARK";

	private static final String RATES = "QPCHARTRATESMARK";

	private static final Pattern STRING_CACHE = Pattern.compile("(<c:strCache>).*?(</c:strCache>)");

	private static final Pattern NUMBER_CACHE = Pattern.compile("(<c:numCache>).*?(</c:numCache>)");

	private final SupervisorReport report;

	ChartStamps(SupervisorReport report) {
		this.report = report;
	}

	/** Whether the part is a chart's, to be written by {@link #write}. */
	static boolean isChart(String part) {
		return PART.matcher(part).matches();
	}

	/** Writes the chart part {@code xl/charts/chart<N>.xml}: the N-th chart, of 總表's offices from {@code (N - 1) × 20}. */
	void write(String part, OutputStream out) throws IOException {
		Matcher number = PART.matcher(part);
		if (!number.matches()) {
			throw new IllegalArgumentException("Not a chart part: " + part);
		}
		int from = (Integer.parseInt(number.group(1)) - 1) * CompletionChart.OFFICES_PER_CHART;
		out.write(text(from).getBytes(StandardCharsets.UTF_8));
	}

	/** The chart of 總表's offices from {@code from} (inclusive), up to {@value CompletionChart#OFFICES_PER_CHART}. */
	String text(int from) {
		List<OfficeLine> offices = report.offices()
			.subList(from, Math.min(report.offices().size(), from + CompletionChart.OFFICES_PER_CHART));
		Template stamp = Prepared.STAMP;
		StringBuilder xml = new StringBuilder(2048 + 160 * offices.size());
		xml.append(stamp.piece(0))
			.append(escaped(CompletionChart.title(from, from + offices.size(), report.offices().size())))
			.append(stamp.piece(1))
			.append(escaped(CompletionChart.range(SummarySheet.NAME_COLUMN, from, offices.size())))
			.append(stamp.piece(2));
		cache(xml, offices.stream().map(office -> escaped(office.office().name())).toList());
		xml.append(stamp.piece(3))
			.append(escaped(CompletionChart.range(SummarySheet.RATE_COLUMN, from, offices.size())))
			.append(stamp.piece(4));
		// An office that sent nothing has no point: the chart draws a gap.
		cache(xml, offices.stream().map(office -> Objects.toString(office.completionRate(), null)).toList());
		return xml.append(stamp.piece(5)).toString();
	}

	/** A cache's count and its points, those {@code null} left out. */
	private static void cache(StringBuilder xml, List<String> values) {
		xml.append("<c:ptCount val=\"").append(values.size()).append("\"/>");
		for (int i = 0; i < values.size(); i++) {
			if (values.get(i) != null) {
				xml.append("<c:pt idx=\"").append(i).append("\"><c:v>").append(values.get(i)).append("</c:v></c:pt>");
			}
		}
	}

	/** Text as POI's XML writer escapes it: {@code &} and {@code <}, and {@code >} only where it would end a CDATA. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("]]>", "]]&gt;");
	}

	/** The stamp, prepared on first use. */
	private static final class Prepared {

		static final Template STAMP = prepare();

		/** A chart built by POI with marks for what each chart writes, its caches replaced by marks. */
		private static Template prepare() {
			try (XSSFWorkbook workbook = new XSSFWorkbook()) {
				XSSFDrawing drawing = workbook.createSheet(CompletionChart.NAME).createDrawingPatriarch();
				CompletionChart.build(drawing, drawing.createAnchor(0, 0, 0, 0, 0, 0, 1, 1), TITLE, new String[] { "x" },
						CATEGORIES, new Double[] { 0.5 }, VALUES);
				String chart = PreparedPackage.of(workbook).text("xl/charts/chart1.xml");
				chart = STRING_CACHE.matcher(chart).replaceFirst("$1" + NAMES + "$2");
				chart = NUMBER_CACHE.matcher(chart).replaceFirst("$1" + RATES + "$2");
				return Template.of(chart, TITLE, CATEGORIES, NAMES, VALUES, RATES);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
