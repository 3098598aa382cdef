package tw.gov.quality.formats;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.Checksums;
import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestFixture;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.reminder.Reminders;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.security.UserDirectory;
import tw.gov.quality.template.Templates;
import tw.gov.quality.web.ConsoleQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every kind of output with ODF and PDF on, end to end: what each job writes beside its .xlsx, what
 * the manifest lists, what a download gives, and the retry of a report version published without
 * them. Its own context (ODF and PDF on, its own folders) beside the shared one, which writes .xlsx
 * only; one LibreOffice process for both ({@link OfficeProcesses}).
 */
@SpringBootTest
@SpringBatchTest
@AutoConfigureMockMvc
@TestPropertySource(locations = "classpath:integration-test.properties",
		properties = { "quality.output.formats=xlsx,ods,pdf", "quality.folders.output=target/test-output-formats",
				"quality.folders.inbox=target/test-inbox-formats", "quality.folders.archive=target/test-archive-formats",
				"spring.quartz.properties.org.quartz.scheduler.instanceName=formats-context" })
@DirtiesContext
class OutputFormatsTests {

	private static final String ADMIN = "t-admin";

	private static final String PASSWORD = "test-password";

	/** TPE-CA supervises one office (TPE-CA-SLHR, plan of year 98): a small report to convert. */
	private static final ReportingPeriod Q98_2 = new ReportingPeriod(98, 2);

	private static final LocalDateTime AFTER_DEADLINE = LocalDateTime.of(2009, 7, 30, 9, 0);

	@Autowired
	MockMvc mvc;

	@Autowired
	Folders folders;

	@Autowired
	Templates templates;

	@Autowired
	Consolidation consolidation;

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("ingestJob")
	Job ingestJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	@Autowired
	UserDirectory users;

	@BeforeAll
	static void libreOffice() {
		Office.assumeInstalled();
	}

	@Test
	void theTemplateIsAlsoAnOdsThatKeepsItsPrintLayoutProtectionAndDropDownsButHasNoPdf() throws Exception {
		ReportingPeriod period = new ReportingPeriod(104, 2);
		Path xlsx = templates.ensure(period, "AEA-TPE");
		Path ods = OutputFormat.ODS.sibling(xlsx);

		assertThat(ods).isRegularFile();
		assertThat(OutputFormat.PDF.sibling(xlsx)).doesNotExist();
		OdfDocument document = OdfDocument.read(ods);
		OdfPrint.assertPrintGrade(document, "進度回報", "法務部行政執行署臺北分署　" + period.label() + "執行進度回報");
		assertThat(document.table("進度回報")).as("sheet protection").contains("table:protected=\"true\"");
		assertThat(document.content()).as("the 執行狀態 drop-down")
			.contains("table:content-validation")
			.containsPattern("cell-content-is-in-list\\([^)]*&quot;已完成&quot;")
			.containsPattern("cell-content-is-in-list\\([^)]*&quot;持續辦理&quot;");
		assertThat(document.content()).as("the identity sheet stays hidden").contains("table:name=\"_identity\"");

		MockHttpServletResponse download = mvc
			.perform(get("/api/files/templates/104/2/AEA-TPE?format=ods").with(httpBasic(ADMIN, PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentType()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
		assertThat(download.getHeader("Content-Disposition")).contains(".ods");
		assertThat(download.getContentAsByteArray()).isEqualTo(Files.readAllBytes(ods));
		assertThat(mvc.perform(get("/api/files/templates/104/2/AEA-TPE?format=pdf").with(httpBasic(ADMIN, PASSWORD)))
			.andReturn()
			.getResponse()
			.getStatus()).as("no PDF of a template").isEqualTo(404);
	}

	@Test
	void anOfficeThatSentAnOdsGetsItsReceiptAsOdsAndAsAPdfWithEmbeddedChineseFonts() throws Exception {
		IngestFixture fixture = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
		byte[] sheet;
		try (InputStream in = getClass().getResourceAsStream("/fixtures/libreoffice/AEA-TXG-104-Q2.ods")) {
			sheet = in.readAllBytes();
		}
		IngestFixture.touch(Files.write(fixture.inbox("AEA-TXG", "臺中分署第2季.ods"), sheet),
				LocalDateTime.of(2015, 7, 5, 10, 30));

		assertThat(fixture.ingest().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		long id = jdbc.sql("SELECT MAX(id) FROM submission").query(Long.class).single();
		Path receipt = Path.of(jdbc.sql("SELECT receipt_path FROM submission WHERE id = ?").param(id).query(String.class).single());
		assertThat(OutputFormat.ODS.sibling(receipt)).isRegularFile();
		assertThat(OutputFormat.PDF.sibling(receipt)).isRegularFile();
		OdfPrint.assertPrintGrade(OdfDocument.read(OutputFormat.ODS.sibling(receipt)), "回執", "收件回執");
		Pdfs pdf = Pdfs.read(OutputFormat.PDF.sibling(receipt));
		OdfPrint.assertCjkFontsEmbedded(pdf);
		assertThat(pdf.text()).contains("季進度回報收件回執", "臺中分署第2季.ods");

		MockHttpServletResponse asSent = mvc
			.perform(get("/api/files/submissions/" + id + "/receipt").with(httpBasic(ADMIN, PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(asSent.getContentType()).as("the format the office sent")
			.isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
		assertThat(asSent.getContentAsByteArray()).isEqualTo(Files.readAllBytes(OutputFormat.ODS.sibling(receipt)));
		MockHttpServletResponse asPdf = mvc
			.perform(get("/api/files/submissions/" + id + "/receipt?format=pdf").with(httpBasic(ADMIN, PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(asPdf.getContentType()).isEqualTo("application/pdf");
		assertThat(asPdf.getContentAsByteArray()).isEqualTo(Files.readAllBytes(OutputFormat.PDF.sibling(receipt)));
	}

	@Test
	void aReportVersionHoldsEveryFormatInItsManifestAndOnePublishedWithoutThemGetsThemOnTheNextRun()
			throws Exception {
		Path base = folders.output().resolve("reports/98/Q2/TPE-CA");
		tw.gov.quality.ingest.IngestTesting.deleteRecursively(base);

		Consolidation.Result first = consolidation.consolidate(Q98_2, "TPE-CA", AFTER_DEADLINE);

		assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
		Path v1 = Path.of(first.folders().get(0));
		assertThat(names(v1)).containsExactlyInAnyOrder("manifest.json", "執行成果報告_TPE-CA_98年第2季.xlsx",
				"執行成果報告_TPE-CA_98年第2季.ods", "執行成果報告_TPE-CA_98年第2季.pdf", "審查意見表_TPE-CA-SLHR_98年第2季.xlsx",
				"審查意見表_TPE-CA-SLHR_98年第2季.ods", "審查意見表_TPE-CA-SLHR_98年第2季.pdf", "執行情形明細_TPE-CA_98年第2季.xlsx",
				"執行情形明細_TPE-CA_98年第2季.ods", "執行情形明細_TPE-CA_98年第2季.pdf");
		assertManifestListsEveryFileWithItsChecksum(v1);
		Path workbook = v1.resolve("執行成果報告_TPE-CA_98年第2季.xlsx");
		OdfDocument ods = OdfDocument.read(OutputFormat.ODS.sibling(workbook));
		OdfPrint.assertPrintGrade(ods, "總表", "臺北市政府民政局");
		assertThat(ods.content()).as("the completion chart").contains("<draw:object");
		Pdfs pdf = Pdfs.read(OutputFormat.PDF.sibling(workbook));
		OdfPrint.assertCjkFontsEmbedded(pdf);
		assertThat(pdf.text()).contains("臺北市士林區戶政事務所");
		OdfPrint.assertCjkFontsEmbedded(Pdfs.read(v1.resolve("審查意見表_TPE-CA-SLHR_98年第2季.pdf")));

		// v1 as a run without LibreOffice (or whose conversions failed) would have published it
		for (String converted : List.of("執行成果報告_TPE-CA_98年第2季.ods", "執行成果報告_TPE-CA_98年第2季.pdf",
				"審查意見表_TPE-CA-SLHR_98年第2季.pdf")) {
			Files.delete(v1.resolve(converted));
		}
		unlist(v1, "ods|pdf");

		Consolidation.Result second = consolidation.consolidate(Q98_2, "TPE-CA", AFTER_DEADLINE);

		assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(names(v1)).as("v1 completed by the next run").hasSize(10);
		assertManifestListsEveryFileWithItsChecksum(v1);
		assertManifestListsEveryFileWithItsChecksum(Path.of(second.folders().get(0)));

		String versions = mvc.perform(get("/api/reports?year=98&quarter=2").with(httpBasic(ADMIN, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(versions).contains("\"formats\":[\"xlsx\",\"ods\",\"pdf\"]");
		MockHttpServletResponse review = mvc
			.perform(get("/api/files/reports/98/2/TPE-CA/1/review/TPE-CA-SLHR?format=pdf").with(httpBasic(ADMIN, PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(review.getContentType()).isEqualTo("application/pdf");
		assertThat(review.getHeader("Content-Disposition")).contains("_v1.pdf");
		MockHttpServletResponse annex = mvc
			.perform(get("/api/files/reports/98/2/TPE-CA/1/annex?format=pdf").with(httpBasic(ADMIN, PASSWORD)))
			.andReturn()
			.getResponse();
		assertThat(annex.getContentType()).as("the annex 執行情形明細, downloaded like the report").isEqualTo("application/pdf");
		assertThat(annex.getHeader("Content-Disposition")).contains("_v1.pdf");
		assertThat(versions).contains("\"annexName\":\"執行情形明細_TPE-CA_98年第2季.xlsx\"");
		String page = mvc.perform(get("/downloads?year=98&quarter=2").with(ConsoleQuarter.as(users, ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("/workbook?format=ods", "/workbook?format=pdf", "/review/TPE-CA-SLHR?format=pdf",
				"/annex?format=pdf", "執行情形明細_TPE-CA_98年第2季.xlsx");
	}

	@Test
	void reminderListsAreAlsoOdsAndPdf() throws Exception {
		Reminders.Result result = reminders.send(Q98_2, AFTER_DEADLINE);

		assertThat(result.workbooks()).as("TPE-CA-SLHR is missing: a list after the deadline").isNotEmpty();
		for (Path list : result.workbooks()) {
			assertThat(OutputFormat.ODS.sibling(list)).isRegularFile();
			Pdfs pdf = Pdfs.read(OutputFormat.PDF.sibling(list));
			OdfPrint.assertCjkFontsEmbedded(pdf);
			assertThat(pdf.text()).contains("催繳清單");
		}
	}

	@Test
	void healthSaysOdfAndPdfAreOn() throws Exception {
		String health = mvc.perform(get("/actuator/health").with(httpBasic(ADMIN, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(health).containsPattern("\"office\":\\{\"details\":\\{[^}]*\\},\"status\":\"UP\"")
			.contains("\"formats\":[\"xlsx\",\"ods\",\"pdf\"]");
	}

	private static List<String> names(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).toList();
		}
	}

	/** Each file of the folder but the manifest once in it, with its format and SHA-256. */
	private static void assertManifestListsEveryFileWithItsChecksum(Path folder) throws Exception {
		String manifest = Files.readString(folder.resolve("manifest.json"));
		List<String> files = names(folder).stream().filter(name -> !name.equals("manifest.json")).toList();
		assertThat(files).as("report, annex and review form, each as .xlsx, .ods and PDF").hasSize(9);
		for (String name : files) {
			String format = name.substring(name.lastIndexOf('.') + 1);
			assertThat(manifest).as(name)
				.contains("{\"name\": \"" + name + "\", \"format\": \"" + format + "\", \"bytes\": "
						+ Files.size(folder.resolve(name)) + ", \"sha256\": \"" + Checksums.sha256(folder.resolve(name))
						+ "\"}");
		}
		Matcher entries = Pattern.compile("\\{\"name\": ").matcher(manifest);
		int count = 0;
		while (entries.find()) {
			count++;
		}
		assertThat(count).isEqualTo(files.size());
	}

	/** Takes the files of these formats out of the manifest, as a version written without them had it. */
	private static void unlist(Path folder, String formats) throws Exception {
		Path manifest = folder.resolve("manifest.json");
		String json = Files.readString(manifest)
			.replaceAll("\\n    \\{\"name\": [^\\n]*\"format\": \"(" + formats + ")\"[^\\n]*\\},?", "")
			.replaceAll("\\[,", "[")
			.replaceAll("\\},\\n  \\]", "}\n  ]");
		Files.writeString(manifest, json);
		assertThat(json).doesNotContain("\"format\": \"ods\"");
	}

}
