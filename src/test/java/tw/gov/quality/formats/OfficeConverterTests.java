package tw.gov.quality.formats;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.health.actuate.endpoint.SimpleStatusAggregator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import tw.gov.quality.Checksums;
import tw.gov.quality.spreadsheet.PrintLayout;

import static org.assertj.core.api.Assertions.assertThat;

/** The converter on its own: what it writes, how it fails, and what it does without LibreOffice. */
class OfficeConverterTests {

	private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-12-01T12:00:00Z"),
			java.time.ZoneId.of("Asia/Taipei"));

	@TempDir
	Path dir;

	@Test
	void withoutLibreOfficeOnlyTheXlsxIsWrittenAndHealthSaysOdfAndPdfAreOff() throws Exception {
		OfficeConverter converter = new OfficeConverter(
				Office.properties(List.of(OutputFormat.values()), dir.resolve("no-libreoffice-here").toString()), CLOCK);
		Path xlsx = workbook(dir.resolve("回執.xlsx"));
		byte[] before = Files.readAllBytes(xlsx);

		assertThat(converter.available()).isFalse();
		assertThat(converter.formats(true)).containsExactly(OutputFormat.XLSX);
		assertThat(converter.convert(xlsx, EnumSet.allOf(OutputFormat.class))).isEqualTo(OfficeConverter.Conversion.NONE);
		assertThat(new PendingConversions(converter).sweep(dir, true).conversion().written()).isEmpty();
		assertThat(files()).containsExactly("回執.xlsx");
		assertThat(xlsx).hasBinaryContent(before);

		Health health = new OfficeHealthIndicator(converter).health();
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("odf", "off")
			.containsEntry("pdf", "off")
			.containsEntry("formats", List.of("xlsx"));
		assertThat((String) health.getDetails().get("reason")).contains("no-libreoffice-here");
		assertThat((String) health.getDetails().get("howToEnable")).contains("apt-get install libreoffice-calc-nogui fonts-noto-cjk");
		converter.destroy();
	}

	@Test
	void libreOfficeNotInstalledTurnsOdfAndPdfOffWithoutTakingTheServiceOutOfService() throws Exception {
		OfficeConverter converter = new OfficeConverter(Office.properties(List.of(OutputFormat.values()), ""), () -> null, CLOCK);
		Path xlsx = workbook(dir.resolve("審查意見表.xlsx"));

		assertThat(converter.formats(true)).containsExactly(OutputFormat.XLSX);
		assertThat(new PendingConversions(converter).sweep(dir, true).conversion()).isEqualTo(OfficeConverter.Conversion.NONE);
		assertThat(files()).containsExactly("審查意見表.xlsx");
		Health health = new OfficeHealthIndicator(converter).health();
		assertThat(health.getStatus().getCode()).isEqualTo("OFF");
		assertThat(health.getDetails()).containsEntry("odf", "off").containsEntry("pdf", "off");
		assertThat((String) health.getDetails().get("howToEnable")).contains("apt-get install libreoffice-calc-nogui fonts-noto-cjk");
		assertThat(new SimpleStatusAggregator().getAggregateStatus(java.util.Set.of(Status.UP, health.getStatus())))
			.as("the service itself stays UP").isEqualTo(Status.UP);
	}

	@Test
	void xlsxOnlyByConfigurationIsUp() {
		OfficeConverter converter = new OfficeConverter(Office.properties(List.of(OutputFormat.XLSX), ""), CLOCK);
		Health health = new OfficeHealthIndicator(converter).health();
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("odf", "off").containsEntry("formats", List.of("xlsx"));
	}

	@Test
	void odsKeepsPrintSettingsProtectionAndDropDownsAndThePdfEmbedsTraditionalChineseFonts() throws Exception {
		OfficeConverter converter = Office.converter();
		Path xlsx = workbook(dir.resolve("進度.xlsx"));

		OfficeConverter.Conversion done = converter.convert(xlsx, EnumSet.allOf(OutputFormat.class));

		assertThat(done.failures()).isEmpty();
		assertThat(files()).containsExactlyInAnyOrder("進度.xlsx", "進度.ods", "進度.pdf");
		OdfDocument ods = OdfDocument.read(dir.resolve("進度.ods"));
		assertThat(ods.mimetype()).isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(dir.resolve("進度.ods").toFile())) {
			assertThat(zip.getEntry("Thumbnails/thumbnail.png")).as("no preview image rendered (0.1 s a file)").isNull();
		}
		assertThat(ods.content()).contains("office:version=\"1.");
		assertThat(ods.styles()).as("Asian text is Traditional Chinese, not LibreOffice's default zh-CN")
			.contains("style:language-asian=\"zh\" style:country-asian=\"TW\"");
		OdfPrint.assertPrintGrade(ods, "進度回報", "臺北分署　107年第2季");
		assertThat(ods.table("進度回報")).contains("table:protected=\"true\"");
		assertThat(ods.content()).contains("table:content-validation").contains("cell-content-is-in-list")
			.contains("&quot;已完成&quot;");

		Pdfs pdf = Pdfs.read(dir.resolve("進度.pdf"));
		OdfPrint.assertCjkFontsEmbedded(pdf);
		assertThat(pdf.text()).contains("執行情形", "計算基準時間", "第 1 頁，共 1 頁");
	}

	@Test
	void aFailedConversionKeepsTheXlsxLeavesNoPartialFileAndIsDoneByTheNextSweep() throws Exception {
		OfficeConverter converter = Office.converter();
		Path broken = Files.write(dir.resolve("催繳清單.xlsx"), "PK not really a workbook".getBytes());

		PendingConversions pending = new PendingConversions(converter);
		PendingConversions.Sweep first = pending.sweep(dir, true);

		assertThat(first.conversion().failed()).isTrue();
		assertThat(first.conversion().failures()).allSatisfy(reason -> assertThat(reason).contains("催繳清單.xlsx"));
		assertThat(files()).containsExactly("催繳清單.xlsx");

		workbook(broken); // the next run finds it fixed (say LibreOffice was repaired): converted then
		PendingConversions.Sweep second = pending.sweep(dir, true);
		assertThat(second.conversion().failures()).isEmpty();
		assertThat(files()).containsExactlyInAnyOrder("催繳清單.xlsx", "催繳清單.ods", "催繳清單.pdf");
		assertThat(pending.sweep(dir, true).conversion().written()).as("nothing left to do").isEmpty();
	}

	@Test
	void aConversionPastItsTimeoutIsHeldUntilTheWorkbookChangesOrAnAdministratorAsks() throws Exception {
		timingOut(converter -> {
			Path xlsx = workbook(dir.resolve("執行成果報告.xlsx"));
			EnumSet<OutputFormat> ods = EnumSet.of(OutputFormat.ODS);

			OfficeConverter.Conversion first = converter.convert(xlsx, ods);
			assertThat(first.failures()).singleElement().asString().contains("TimedOut");
			assertThat(dir.resolve(".執行成果報告.xlsx.ods.held")).content().startsWith(Checksums.sha256(xlsx));

			OfficeConverter.Conversion again = converter.convert(xlsx, ods);
			assertThat(again.failures()).as("the same bytes are not tried on every run").isEmpty();
			assertThat(again.held()).singleElement().asString()
				.contains("執行成果報告.xlsx 轉為 .ods 於 2026-12-01T20:00 逾時", "檔案未變更前不再重試");
			assertThat(new OfficeHealthIndicator(converter).health().getDetails()).containsKey("heldConversions")
				.containsEntry("heldNote", "1 個檔案轉檔逾時，檔案未變更前不再自動重試；管理者可執行 retry-conversions 指令重試");

			try (XSSFWorkbook changed = new XSSFWorkbook(Files.newInputStream(xlsx))) {
				changed.getSheetAt(0).createRow(40).createCell(0).setCellValue("新增一列");
				try (OutputStream out = Files.newOutputStream(xlsx)) {
					changed.write(out);
				}
			}
			assertThat(converter.convert(xlsx, ods).failures()).as("a changed workbook is tried again").hasSize(1);

			assertThat(converter.releaseHeld(dir)).as("an administrator's rerun").isEqualTo(1);
			assertThat(converter.convert(xlsx, ods).held()).isEmpty();
		});
	}

	@Test
	void aTimeoutWhileConvertingToBothFormatsHoldsBothUntilAnAdministratorAsks() throws Exception {
		timingOut(converter -> {
			Path xlsx = workbook(dir.resolve("審查意見表.xlsx"));

			OfficeConverter.Conversion first = converter.convert(xlsx, EnumSet.allOf(OutputFormat.class));
			assertThat(first.failures()).hasSize(2).allSatisfy(reason -> assertThat(reason).contains("TimedOut"));
			assertThat(dir.resolve(".審查意見表.xlsx.ods.held")).content().startsWith(Checksums.sha256(xlsx));
			assertThat(dir.resolve(".審查意見表.xlsx.pdf.held")).content().startsWith(Checksums.sha256(xlsx));
			assertThat(files()).as("no partial file left").containsExactlyInAnyOrder("審查意見表.xlsx",
					".審查意見表.xlsx.ods.held", ".審查意見表.xlsx.pdf.held");

			OfficeConverter.Conversion again = converter.convert(xlsx, EnumSet.allOf(OutputFormat.class));
			assertThat(again.failures()).isEmpty();
			assertThat(again.held()).hasSize(2)
				.anySatisfy(held -> assertThat(held).contains("審查意見表.xlsx 轉為 .ods", "檔案未變更前不再重試"))
				.anySatisfy(held -> assertThat(held).contains("審查意見表.xlsx 轉為 .pdf", "檔案未變更前不再重試"));
			assertThat(converter.releaseHeld(dir)).as("an administrator's rerun").isEqualTo(2);
		});
	}

	@Test
	void onlyTheMissingSiblingIsWrittenAgainAndTheUpToDateOneIsLeftAlone() throws Exception {
		OfficeConverter converter = Office.converter();
		Path xlsx = workbook(dir.resolve("催繳清單.xlsx"));
		assertThat(converter.convert(xlsx, EnumSet.allOf(OutputFormat.class)).written())
			.containsExactlyInAnyOrder(dir.resolve("催繳清單.ods"), dir.resolve("催繳清單.pdf"));
		java.nio.file.attribute.FileTime odsWritten = Files.getLastModifiedTime(dir.resolve("催繳清單.ods"));
		Files.delete(dir.resolve("催繳清單.pdf"));

		OfficeConverter.Conversion again = converter.convert(xlsx, EnumSet.allOf(OutputFormat.class));

		assertThat(again.failures()).isEmpty();
		assertThat(again.written()).containsExactly(dir.resolve("催繳清單.pdf"));
		assertThat(Files.getLastModifiedTime(dir.resolve("催繳清單.ods"))).isEqualTo(odsWritten);
		assertThat(Pdfs.read(dir.resolve("催繳清單.pdf")).text()).contains("執行情形", "第 1 頁，共 1 頁");
		assertThat(files()).containsExactlyInAnyOrder("催繳清單.xlsx", "催繳清單.ods", "催繳清單.pdf");
	}

	@Test
	void anOfficeStartedAheadConvertsAndStopsWithTheApplication() throws Exception {
		Office.assumeInstalled();
		Path work = Files.createTempDirectory("warm-office");
		OfficeConverter converter = converterWorkingIn(work, 2, Duration.ofMinutes(2));
		try {
			converter.warmUp();
			converter.warmUp(); // a run's every receipt asks; one start
			workbook(dir.resolve("甲.xlsx"));
			workbook(dir.resolve("乙.xlsx"));
			workbook(dir.resolve("丙.xlsx"));

			PendingConversions.Sweep sweep = new PendingConversions(converter).sweep(dir, true);

			assertThat(sweep.conversion().failures()).isEmpty();
			assertThat(files()).contains("甲.ods", "甲.pdf", "乙.ods", "乙.pdf", "丙.ods", "丙.pdf");
			assertThat(OfficeOwners.officesNaming(work.toAbsolutePath())).as("two office processes").hasSize(2);
		}
		finally {
			converter.destroy();
		}
		assertNoOfficeLeftIn(work);
	}

	@Test
	void theTimeoutGrowsWithTheWorkbooksSizeUpToTheLongestAllowed() {
		FormatsProperties.Office office = new FormatsProperties.Office("", 1, List.of(), Duration.ofMinutes(2),
				Duration.ofMinutes(5), Duration.ofMinutes(2), 200, Path.of("data/office"), Duration.ofSeconds(60),
				Duration.ofMinutes(30));
		assertThat(TimedConversion.timeout(office, 1024 * 1024)).isEqualTo(Duration.ofMinutes(3));
		assertThat(TimedConversion.timeout(office, 40_000)).as("a receipt").isBetween(Duration.ofMinutes(2),
				Duration.ofSeconds(123));
		assertThat(TimedConversion.timeout(office, 30L * 1024 * 1024)).as("32 min, capped").isEqualTo(Duration.ofMinutes(30));
		assertThat(TimedConversion.timeout(office, 5L * 1024 * 1024)).isEqualTo(Duration.ofMinutes(7));
	}

	/** A converter that meets a timeout on every conversion, with a pool of its own (its own work folder). */
	private static void timingOut(Use use) throws Exception {
		Office.assumeInstalled();
		Path work = Files.createTempDirectory("held-conversions-office");
		OfficeConverter converter = converterWorkingIn(work, 1, Duration.ofMillis(1));
		try {
			use.with(converter);
		}
		finally {
			converter.destroy();
		}
		assertNoOfficeLeftIn(work);
	}

	private interface Use {

		void with(OfficeConverter converter) throws Exception;

	}

	/**
	 * A converter with a pool of its own, working outside the test's folder: a process a stopped pool was
	 * restarting may still write its profile there for a moment after it is killed, which would fail the
	 * folder's clean-up, not the behaviour.
	 */
	private static OfficeConverter converterWorkingIn(Path work, int processes, Duration taskTimeout) {
		FormatsProperties base = Office.properties(List.of(OutputFormat.values()), "");
		FormatsProperties.Office office = base.office();
		return new OfficeConverter(new FormatsProperties(base.formats(),
				new FormatsProperties.Office("", processes, List.of(), taskTimeout, office.queueTimeout(),
						office.startTimeout(), 200, work, Duration.ZERO, Duration.ofMinutes(30))), CLOCK);
	}

	private static void assertNoOfficeLeftIn(Path work) throws Exception {
		// A stopped office takes a moment to exit, and one the stopped pool was starting may appear just after the stop
		// (reaped by OfficeProcesses for 10 s): none seen for 3 s in a row.
		long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		long quietSince = System.nanoTime();
		while (System.nanoTime() < until && System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
			if (!OfficeOwners.officesNaming(work.toAbsolutePath()).isEmpty()) {
				quietSince = System.nanoTime();
			}
			Thread.sleep(200);
		}
		assertThat(OfficeOwners.officesNaming(work.toAbsolutePath())).as("no office left running").isEmpty();
		for (int attempt = 1;; attempt++) {
			try {
				org.springframework.util.FileSystemUtils.deleteRecursively(work);
				return;
			}
			catch (java.io.IOException ex) {
				if (attempt == 25) {
					throw ex;
				}
				Thread.sleep(200); // the pool's clean-up of a killed process's profile may still be under way
			}
		}
	}

	private List<String> files() throws Exception {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(file -> file.getFileName().toString()).toList();
		}
	}

	/** A protected sheet with a drop-down and the service's print layout, in Chinese. */
	private static Path workbook(Path target) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("進度回報");
			Row header = sheet.createRow(0);
			String[] titles = { "項次", "執行狀態", "執行情形", "計算基準時間" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(titles[c]);
				sheet.setColumnWidth(c, 20 * 256);
			}
			for (int r = 1; r <= 30; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("1." + r);
				row.createCell(2).setCellValue("辦理為民服務相關工作，成效良好。");
			}
			DataValidationHelper helper = sheet.getDataValidationHelper();
			DataValidation validation = helper.createValidation(
					helper.createExplicitListConstraint(new String[] { "已完成", "執行中", "持續辦理" }),
					new CellRangeAddressList(1, 30, 1, 1));
			validation.setShowErrorBox(true);
			sheet.addValidationData(validation);
			PrintLayout.apply(sheet, 0, 0, "臺北分署　107年第2季");
			sheet.protectSheet("secret");
			try (OutputStream out = Files.newOutputStream(target)) {
				workbook.write(out);
			}
		}
		return target;
	}

}
