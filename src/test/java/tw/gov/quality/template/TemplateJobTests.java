package tw.gov.quality.template;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.calendar.ReportingPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.ProgressSheetLayout.*;

@IntegrationTest
class TemplateJobTests {

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("templateJob")
	Job templateJob;

	@Autowired
	Folders folders;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	@Qualifier("ingestJob")
	Job ingestJob;

	@Autowired
	tw.gov.quality.office.OfficeRegistry offices;

	@Autowired
	tw.gov.quality.plan.PlanRegistry plans;

	@BeforeEach
	void useTemplateJob() {
		jobs.setJob(templateJob);
	}

	/** Not a JobExecution-returning method: Spring Batch Test would take it for a job-scope factory. */
	private record Run(JobExecution execution, StepExecution step) {
	}

	private Run run(int year, int quarter) throws Exception {
		JobParameters parameters = jobs.getUniqueJobParametersBuilder()
			.addJobParameter(JobRequest.PERIOD, new ReportingPeriod(year, quarter), ReportingPeriod.class)
			.toJobParameters();
		JobExecution execution = jobs.startJob(parameters);
		return new Run(execution, execution.getStepExecutions().iterator().next());
	}

	private XSSFWorkbook open(ReportingPeriod period, String office) throws Exception {
		Path file = TemplateJobConfiguration.templatePath(folders, period, office);
		assertThat(file).exists();
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	@Test
	void writesATemplateForEveryOfficeWithAPlanAndNamesTheOthers() throws Exception {
		Run run = run(104, 2);

		assertThat(run.execution().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		StepExecution step = run.step();
		assertThat(step.getReadCount()).isEqualTo(15);
		assertThat(step.getWriteCount()).as("13 branches: 12 on the ministry's plan, Taichung on its own").isEqualTo(13);
		assertThat(step.getFilterCount()).isEqualTo(2);
		assertThat(step.getExecutionContext().getString(TemplateJobConfiguration.OFFICES_WITHOUT_PLAN))
			.isEqualTo("TPE-CA-SLHR,TYC-XW");
		assertThat(TemplateJobConfiguration.templatePath(folders, new ReportingPeriod(104, 2), "TYC-XW")).doesNotExist();
	}

	@Test
	void theTemplateIsPrefilledFromTheOfficesPlan() throws Exception {
		run(104, 2);
		try (XSSFWorkbook workbook = open(new ReportingPeriod(104, 2), "AEA-TXG")) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			assertThat(workbook.getSheetIndex(sheet)).isZero();
			assertThat(valueRightOf(sheet, OFFICE_CODE)).isEqualTo("AEA-TXG");
			assertThat(valueRightOf(sheet, OFFICE_NAME)).isEqualTo("法務部行政執行署臺中分署");
			assertThat(valueRightOf(sheet, YEAR)).isEqualTo("104");
			assertThat(valueRightOf(sheet, QUARTER)).isEqualTo("2");

			XSSFRow header = sheet.getRow(ProgressTemplateWriter.HEADER_ROW);
			List<String> labels = cells(header);
			assertThat(labels).containsSubsequence(CODE, STRATEGY, ACTION, DEADLINE, UNITS, TARGET, STATUS, CUMULATIVE,
					COMPLETED_ON, DESCRIPTION, REMARK);
			assertThat(sheet.getLastRowNum()).isEqualTo(ProgressTemplateWriter.HEADER_ROW + 33);

			XSSFRow park = rowOfItem(sheet, "1.5");
			assertThat(park.getCell(labels.indexOf(ACTION)).getStringCellValue()).contains("每月至少派員打掃該社區公園");
			assertThat(park.getCell(labels.indexOf(TARGET)).getStringCellValue()).isEqualTo("每月2次（全年24次）");
			assertThat(park.getCell(labels.indexOf(STRATEGY)).getStringCellValue()).startsWith("一、提升服務品質");
		}
	}

	@Test
	void readOnlyColumnsAreLockedAndInputColumnsAreNot() throws Exception {
		run(104, 2);
		try (XSSFWorkbook workbook = open(new ReportingPeriod(104, 2), "AEA-TPE")) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.isFormatRowsLocked()).as("rows may grow with what an office types").isFalse();
			List<String> labels = cells(sheet.getRow(ProgressTemplateWriter.HEADER_ROW));
			XSSFRow first = sheet.getRow(ProgressTemplateWriter.HEADER_ROW + 1);
			for (String column : READ_ONLY_COLUMNS) {
				assertThat(first.getCell(labels.indexOf(column)).getCellStyle().getLocked()).as(column).isTrue();
			}
			for (String column : INPUT_COLUMNS) {
				assertThat(first.getCell(labels.indexOf(column)).getCellStyle().getLocked()).as(column).isFalse();
			}
			assertThat(sheet.getRow(5).getCell(1).getCellStyle().getLocked()).as(REPORTER + " value").isFalse();
			assertThat(sheet.getRow(1).getCell(1).getCellStyle().getLocked()).as(OFFICE_CODE + " value").isTrue();
		}
	}

	@Test
	void statusHasADropDownOverEveryItemRow() throws Exception {
		run(104, 2);
		try (XSSFWorkbook workbook = open(new ReportingPeriod(104, 2), "AEA-TPE")) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			int statusColumn = cells(sheet.getRow(ProgressTemplateWriter.HEADER_ROW)).indexOf(STATUS);
			List<XSSFDataValidation> validations = sheet.getDataValidations();
			assertThat(validations).hasSize(1);
			XSSFDataValidation validation = validations.get(0);
			assertThat(validation.getValidationConstraint().getExplicitListValues()).containsExactly("已完成", "執行中", "持續辦理",
					"未開始", "不適用");
			CellRangeAddress range = validation.getRegions().getCellRangeAddress(0);
			assertThat(range.getFirstColumn()).isEqualTo(statusColumn);
			assertThat(range.getFirstRow()).isEqualTo(ProgressTemplateWriter.HEADER_ROW + 1);
			assertThat(range.getLastRow()).isEqualTo(ProgressTemplateWriter.HEADER_ROW + 27);
		}
	}

	@Test
	void printsOnA4LandscapeWithRepeatedHeaderAndPageNumbers() throws Exception {
		run(104, 2);
		try (XSSFWorkbook workbook = open(new ReportingPeriod(104, 2), "AEA-TPE")) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
			assertThat(sheet.getRepeatingRows())
				.isEqualTo(new CellRangeAddress(ProgressTemplateWriter.HEADER_ROW, ProgressTemplateWriter.HEADER_ROW, -1, -1));
			assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 頁，共 &N 頁");
			assertThat(sheet.getHeader().getLeft()).contains("法務部行政執行署臺北分署").contains("104年第2季");
		}
	}

	@Test
	void theIdentityIsKeptOutOfReachAndAgreesWithTheVisibleSheet() throws Exception {
		run(107, 3);
		try (XSSFWorkbook workbook = open(new ReportingPeriod(107, 3), "AEA-NTP")) {
			int index = workbook.getSheetIndex(IDENTITY_SHEET);
			assertThat(workbook.getSheetVisibility(index)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			XSSFSheet identity = workbook.getSheetAt(index);
			assertThat(identity.getProtect()).isTrue();
			assertThat(identity.getRow(0).getCell(1).getStringCellValue()).isEqualTo("AEA-NTP");
			assertThat(identity.getRow(1).getCell(1).getStringCellValue()).isEqualTo("107");
			assertThat(identity.getRow(2).getCell(1).getStringCellValue()).isEqualTo("3");
			assertThat(workbook.getName("QP_OFFICE_CODE").getRefersToFormula()).isEqualTo("'_identity'!$B$1");
			assertThat(workbook.getSheet(INSTRUCTIONS_SHEET).getRow(0).getCell(0).getStringCellValue()).isEqualTo("填寫說明");
		}
	}

	@Test
	void theNextQuartersTemplateShowsTheOfficesAcceptedFigures() throws Exception {
		tw.gov.quality.ingest.IngestTesting inbox = new tw.gov.quality.ingest.IngestTesting(jdbc, folders, jobs, ingestJob,
				offices, plans);
		inbox.dropGoodSheet("AEA-TXG", new ReportingPeriod(104, 1), java.time.LocalDateTime.of(2015, 4, 8, 10, 0));
		inbox.ingest();
		jobs.setJob(templateJob);

		run(104, 2);

		try (XSSFWorkbook workbook = open(new ReportingPeriod(104, 2), "AEA-TXG")) {
			XSSFSheet sheet = workbook.getSheet(SHEET);
			List<String> labels = cells(sheet.getRow(ProgressTemplateWriter.HEADER_ROW));
			XSSFRow park = rowOfItem(sheet, "1.5");
			assertThat(park.getCell(labels.indexOf(PREVIOUS_CUMULATIVE)).getStringCellValue()).as("2 a month, Q1 on pace").isEqualTo("6");
			assertThat(park.getCell(labels.indexOf(PREVIOUS_STATUS)).getStringCellValue()).isEqualTo("持續辦理");
		}
	}

	private static String valueRightOf(XSSFSheet sheet, String label) {
		for (int r = 0; r < ProgressTemplateWriter.HEADER_ROW; r++) {
			XSSFRow row = sheet.getRow(r);
			if (row != null && row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1).getStringCellValue();
			}
		}
		throw new AssertionError("no label " + label);
	}

	private static XSSFRow rowOfItem(XSSFSheet sheet, String code) {
		for (int r = ProgressTemplateWriter.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
			if (code.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
				return sheet.getRow(r);
			}
		}
		throw new AssertionError("no item " + code);
	}

	private static List<String> cells(XSSFRow row) {
		return java.util.stream.StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
	}

}
