package tw.gov.quality.web;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator in real headless Chromium (Debian's chromium and chromium-driver): logs in,
 * opens the quarter board, reruns a consolidation and downloads the workbook. Runs only with
 * {@code ./mvnw -Pbrowser verify}, which .ci/run calls after installing the two packages.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@SpringBatchTest
@TestPropertySource(locations = "classpath:integration-test.properties")
class AdminConsoleBrowserTests {

	private static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	@LocalServerPort
	int port;

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

	@TempDir
	Path downloads;

	@TempDir
	Path profile;

	private WebDriver browser;

	@BeforeEach
	void aQuarterWithSheetsAndABrowser() throws Exception {
		IngestTesting inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
		inbox.dropGoodSheet("AEA-TPE", Q2, LocalDateTime.of(2015, 7, 6, 10, 0));
		inbox.dropGoodSheet("AEA-KHH", Q2, LocalDateTime.of(2015, 7, 13, 9, 20));
		inbox.ingest();

		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=1366,768");
		Map<String, Object> preferences = new HashMap<>();
		preferences.put("download.default_directory", downloads.toString());
		preferences.put("download.prompt_for_download", false);
		options.setExperimentalOption("prefs", preferences);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private WebDriverWait waitUpTo(int seconds) {
		return new WebDriverWait(browser, Duration.ofSeconds(seconds));
	}

	@Test
	void anAdministratorRerunsAConsolidationFromTheBoardAndDownloadsTheWorkbook() throws Exception {
		browser.get(url("/login"));
		browser.findElement(By.name("username")).sendKeys("admin");
		browser.findElement(By.name("password")).sendKeys("demo1234");
		browser.findElement(By.cssSelector("form.login button[type=submit]")).click();
		waitUpTo(20).until(driver -> !driver.getCurrentUrl().contains("/login"));

		browser.get(url("/board?year=104&quarter=2"));
		String board = browser.getPageSource();
		screenshot("board");
		assertThat(board).contains("法務部行政執行署臺北分署").contains("準時").contains("逾期").contains("未繳");

		browser.get(url("/actions"));
		WebElement form = browser.findElement(By.cssSelector("form[action$='/actions/consolidate']"));
		new Select(form.findElement(By.name("supervisor"))).selectByValue("MOJ-AEA");
		new Select(form.findElement(By.name("year"))).selectByValue("104");
		new Select(form.findElement(By.name("quarter"))).selectByValue("2");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		waitUpTo(20).until(driver -> driver.getPageSource().contains("確認執行"));
		browser.findElement(By.xpath("//button[contains(., '確認執行')]")).click();
		waitUpTo(20).until(driver -> driver.getCurrentUrl().contains("/jobs"));
		waitUpTo(120).until(driver -> {
			driver.navigate().refresh();
			return driver.getPageSource().contains("完成") && !driver.getPageSource().contains("執行中");
		});

		browser.get(url("/downloads?year=104&quarter=2"));
		WebElement workbook = browser.findElement(By.partialLinkText("執行成果報告_MOJ-AEA"));
		String name = workbook.getText();
		workbook.click();
		waitUpTo(60).until(driver -> finished(downloads).size() == 1);

		Path downloaded = finished(downloads).get(0);
		assertThat(downloaded.getFileName().toString()).contains("MOJ-AEA");
		byte[] bytes = Files.readAllBytes(downloaded);
		assertThat(bytes).startsWith('P', 'K');
		assertThat(name).contains("104年第2季");
	}

	/** What the administrator saw, kept under target/browser/ for a person to look at. */
	private void screenshot(String name) throws java.io.IOException {
		Path target = Files.createDirectories(Path.of("target/browser")).resolve(name + ".png");
		Files.write(target, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
	}

	/**
	 * The downloads Chromium has finished. It writes into a hidden temporary file (or *.crdownload) and renames it
	 * when done, but may first reserve the final name with an empty file: nothing counts while any other file is
	 * there, nor an empty one.
	 */
	private static List<Path> finished(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> all = files.toList();
			List<Path> workbooks = all.stream().filter(file -> file.getFileName().toString().endsWith(".xlsx")).toList();
			for (Path file : workbooks) {
				if (Files.size(file) == 0) {
					return List.of();
				}
			}
			return all.size() == workbooks.size() ? workbooks : List.of();
		}
		catch (java.io.IOException ex) {
			return List.of();
		}
	}

}
