package tw.gov.quality.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** consolidateJob on real ingested sheets: what the supervisor opens, prints and forwards. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ConsolidationJobTests {

	private static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	private static final LocalDateTime DEADLINE = LocalDateTime.of(2015, 7, 10, 23, 59, 59);

	private static final LocalDateTime AS_OF = LocalDateTime.of(2015, 7, 15, 9, 0);

	@Autowired
	Consolidation consolidation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Folders folders;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("ingestJob")
	Job ingestJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	@BeforeEach
	void quarterWithEveryKindOfOffice() throws Exception {
		IngestTesting inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
		IngestTesting.deleteRecursively(folders.output().resolve("reports"));
		inbox.dropGoodSheet("AEA-TPE", Q2, DEADLINE.minusDays(2));
		inbox.dropSheetBehindPace("AEA-SHL", Q2, DEADLINE.plusDays(2), "1.3");
		inbox.dropBadSheet("AEA-TYN", Q2, DEADLINE.minusDays(1));
		inbox.dropSheetWithText("AEA-TXG", Q2, DEADLINE.minusDays(3), "1.1", "=HYPERLINK(\"http://x\",\"點我\")");
		inbox.ingest();
	}

	private Path workbookOf(String folder) throws Exception {
		try (Stream<Path> files = Files.list(Path.of(folder))) {
			return files.filter(f -> f.getFileName().toString().startsWith("執行成果報告")).findFirst().orElseThrow();
		}
	}

	private static XSSFWorkbook open(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static String text(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		StringBuilder text = new StringBuilder();
		for (Row row : sheet) {
			for (Cell cell : row) {
				text.append(formatter.formatCellValue(cell)).append('|');
			}
			text.append('\n');
		}
		return text.toString();
	}

	@Test
	void theAgencyGetsOneWorkbookWithEveryOfficesStateAndAReviewFormPerOffice() throws Exception {
		Consolidation.Result result = consolidation.consolidate(Q2, "MOJ-AEA", AS_OF);

		assertThat(result.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(result.folders()).singleElement()
			.asString()
			.endsWith(Path.of("reports", "104", "Q2", "MOJ-AEA", "v1").toString());
		Path folder = Path.of(result.folders().get(0));
		try (XSSFWorkbook workbook = open(workbookOf(result.folders().get(0)))) {
			String summary = text(workbook.getSheet("總表"));
			assertThat(summary).contains("AEA-TPE|法務部行政執行署臺北分署|準時")
				.contains("AEA-SHL|法務部行政執行署士林分署|逾期")
				.contains("AEA-TYN|法務部行政執行署桃園分署|退件未補正")
				.contains("AEA-KHH|法務部行政執行署高雄分署|未繳");
			assertThat(workbook.getSheet("AEA-TXG")).as("one sheet per office").isNotNull();
			assertThat(text(workbook.getSheet("逾期及未繳"))).contains("AEA-SHL").contains("AEA-KHH").doesNotContain("AEA-TPE|");
		}
		try (Stream<Path> files = Files.list(folder)) {
			List<String> names = files.map(f -> f.getFileName().toString()).toList();
			assertThat(names).contains("manifest.json", "審查意見表_AEA-TPE_104年第2季.xlsx", "審查意見表_AEA-KHH_104年第2季.xlsx");
			assertThat(names.stream().filter(n -> n.startsWith("審查意見表"))).hasSize(13);
		}
		String manifest = Files.readString(folder.resolve("manifest.json"));
		assertThat(manifest).contains("\"supervisor\": \"MOJ-AEA\"").contains("\"sha256\"").contains("AEA-TPE");
	}

	@Test
	void textFromOfficesIsWrittenAsTextEvenWhenItLooksLikeAFormula() throws Exception {
		Consolidation.Result result = consolidation.consolidate(Q2, "MOJ-AEA", AS_OF);
		try (XSSFWorkbook workbook = open(workbookOf(result.folders().get(0)))) {
			assertThat(formulaLookingTexts(workbook.getSheet("AEA-TXG"))).as("the item is settled: not printed in full")
				.isEmpty();
		}
		Path annex = Path.of(result.folders().get(0)).resolve("執行情形明細_MOJ-AEA_104年第2季.xlsx");
		try (XSSFWorkbook workbook = open(annex)) {
			assertThat(formulaLookingTexts(workbook.getSheet("執行情形明細"))).as("every text whole in the annex").hasSize(1);
		}
	}

	/** The cells whose text starts like a formula; fails on any formula cell. */
	private static List<Cell> formulaLookingTexts(org.apache.poi.ss.usermodel.Sheet sheet) {
		List<Cell> found = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().startsWith("=HYPERLINK")) {
					found.add(cell);
				}
				assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
			}
		}
		return found;
	}

	@Test
	void aRerunWritesVersionTwoWithTheSameCellContents() throws Exception {
		Consolidation.Result first = consolidation.consolidate(Q2, "MOJ-AEA", AS_OF);
		Consolidation.Result second = consolidation.consolidate(Q2, "MOJ-AEA", AS_OF);

		assertThat(second.folders().get(0)).endsWith("v2");
		assertThat(Path.of(first.folders().get(0))).exists();
		try (XSSFWorkbook one = open(workbookOf(first.folders().get(0)));
				XSSFWorkbook two = open(workbookOf(second.folders().get(0)))) {
			assertThat(two.getNumberOfSheets()).isEqualTo(one.getNumberOfSheets());
			// The same figures; only 產製時間, when each copy was written, differs (資料截至 is the same).
			for (int i = 0; i < one.getNumberOfSheets(); i++) {
				assertThat(withoutWriteTime(text(two.getSheetAt(i)))).as(one.getSheetName(i))
					.isEqualTo(withoutWriteTime(text(one.getSheetAt(i))));
			}
		}
	}

	private static String withoutWriteTime(String text) {
		return text.replaceAll("產製時間：[^　|]*", "產製時間：…");
	}

	@Test
	void theMinistryGetsARollUpOverTheAgencyBeneathIt() throws Exception {
		Consolidation.Result result = consolidation.consolidate(Q2, null, AS_OF);

		assertThat(result.folders()).as("MOJ and MOJ-AEA: no office of the other trees has a 104 plan").hasSize(2);
		String ministry = result.folders().stream().filter(f -> f.contains("MOJ" + java.io.File.separator + "v")).findFirst().orElseThrow();
		try (XSSFWorkbook workbook = open(workbookOf(ministry))) {
			assertThat(text(workbook.getSheet("所屬機關彙總"))).contains("法務部行政執行署");
			// 項目數 counts the items of all 13 offices that owe a sheet, not only of the 3 that sent one:
			// the same as 總表's 合計, which adds up every office's line.
			Sheet rollUp = workbook.getSheet("所屬機關彙總");
			Row agency = null;
			for (int r = AgencySheet.HEADER_ROW + 1; r <= rollUp.getLastRowNum(); r++) {
				if ("MOJ-AEA".equals(rollUp.getRow(r).getCell(0).getStringCellValue())) {
					agency = rollUp.getRow(r);
				}
			}
			assertThat(agency).isNotNull();
			Sheet summary = workbook.getSheet("總表");
			Row total = summary.getRow(summary.getLastRowNum());
			assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合計");
			double items = 0;
			for (int r = SummarySheet.FIRST_OFFICE_ROW; r < summary.getLastRowNum(); r++) {
				items += summary.getRow(r).getCell(5).getNumericCellValue();
			}
			assertThat(agency.getCell(7).getNumericCellValue()).isEqualTo(items)
				.isEqualTo(total.getCell(5).getNumericCellValue())
				.isGreaterThan(agency.getCell(8).getNumericCellValue());
		}
	}

	@Test
	void eachRunLogsOneSummaryLine(CapturedOutput output) throws Exception {
		consolidation.consolidate(Q2, null, AS_OF);

		assertThat(output).containsPattern("Consolidation run #\\d+ COMPLETED in [\\d.]+ s: 104Q2 as of 2015-07-15T09:00, "
				+ "every supervisor, 2 report folder\\(s\\) written");
	}

}
