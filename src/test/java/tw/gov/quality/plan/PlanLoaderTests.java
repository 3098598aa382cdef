package tw.gov.quality.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.office.OfficeRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans are reloaded when their file changes; a broken file is reported and the last good plan stays. */
@IntegrationTest
class PlanLoaderTests {

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRepository repository;

	@Autowired
	PlanStore store;

	@Autowired
	PlanRegistry registry;

	@TempDir
	Path plans;

	private PlanLoader loader() {
		return new PlanLoader(new Folders(plans, plans.resolve("out"), plans, plans), offices, store, registry);
	}

	private static Plan withAction(Plan plan, String code, String action) {
		List<PlanItem> items = plan.items()
			.stream()
			.map(item -> item.code().equals(code) ? new PlanItem(item.code(), item.strategy(), item.workItem(), action,
					item.method(), item.deadline(), item.units(), item.benefit(), item.target(), item.masterItem(),
					item.note()) : item)
			.toList();
		return new Plan(plan.officeCode(), plan.rocYear(), plan.title(), plan.source(), plan.strategies(), items);
	}

	@Test
	void aChangedPlanFileIsReloadedAndAnUnchangedOneIsNot() throws Exception {
		Path file = plans.resolve("TPE-CA-SLHR-098.xlsx");
		Files.copy(Path.of("input-templates/plans/TPE-CA-SLHR-098.xlsx"), file, StandardCopyOption.REPLACE_EXISTING);
		PlanLoader loader = loader();
		loader.refresh();

		assertThat(loader.refresh().unchanged()).containsExactly("TPE-CA-SLHR-098.xlsx");

		Plan plan = repository.find("TPE-CA-SLHR", 98).orElseThrow();
		new PlanWorkbookWriter().write(withAction(plan, "1.1", "修訂後的推動作法"), "臺北市士林區戶政事務所", file);
		PlanLoader.Report report = loader.refresh();

		assertThat(report.loaded()).containsExactly("TPE-CA-SLHR-098.xlsx");
		assertThat(repository.find("TPE-CA-SLHR", 98).orElseThrow().item("1.1").orElseThrow().action())
			.isEqualTo("修訂後的推動作法");
		assertThat(registry.planFor("TPE-CA-SLHR", 98).orElseThrow().item("1.1").orElseThrow().action())
			.as("the registry forgets what it had cached").isEqualTo("修訂後的推動作法");
		new PlanWorkbookWriter().write(plan, "臺北市士林區戶政事務所", file);
		loader.refresh();
	}

	@Test
	void aSettledFileWhoseSizeAndTimeAreAsStoredIsNotReadAgain() throws Exception {
		Path file = plans.resolve("TYC-XW-096.xlsx");
		Files.copy(Path.of("input-templates/plans/TYC-XW-096.xlsx"), file, StandardCopyOption.REPLACE_EXISTING);
		FileTime anHourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
		Files.setLastModifiedTime(file, anHourAgo);
		PlanLoader loader = loader();
		loader.refresh();

		overwriteKeepingSizeAndTime(file, anHourAgo);
		assertThat(loader.refresh().unchanged()).as("size and time as stored: not read")
			.containsExactly("TYC-XW-096.xlsx");

		Files.setLastModifiedTime(file, FileTime.from(anHourAgo.toInstant().plusSeconds(1)));
		assertThat(loader.refresh().problems()).as("another time: read, and found broken")
			.singleElement()
			.asString()
			.startsWith("計畫檔 TYC-XW-096.xlsx 無法讀取");
		assertThat(repository.find("TYC-XW", 96).orElseThrow().items()).hasSize(59);
	}

	@Test
	void aSettledFileTouchedIsCheckedOnceByItsContentThenKnownByItsNewTime() throws Exception {
		Path file = plans.resolve("TYC-XW-096.xlsx");
		Files.copy(Path.of("input-templates/plans/TYC-XW-096.xlsx"), file, StandardCopyOption.REPLACE_EXISTING);
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		PlanLoader loader = loader();
		loader.refresh();
		FileTime touched = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
		Files.setLastModifiedTime(file, touched);

		assertThat(loader.refresh().unchanged()).as("same checksum").containsExactly("TYC-XW-096.xlsx");

		overwriteKeepingSizeAndTime(file, touched);
		assertThat(loader.refresh().unchanged()).as("the new time was stored").containsExactly("TYC-XW-096.xlsx");
	}

	@Test
	void aFileChangedJustNowIsReadAgainEvenWithTheSameSizeAndTime() throws Exception {
		Path file = plans.resolve("TYC-XW-096.xlsx");
		Files.copy(Path.of("input-templates/plans/TYC-XW-096.xlsx"), file, StandardCopyOption.REPLACE_EXISTING);
		FileTime justNow = Files.getLastModifiedTime(file);
		PlanLoader loader = loader();
		loader.refresh();

		// A second change within the same tick of a coarse file system looks like this.
		overwriteKeepingSizeAndTime(file, justNow);

		assertThat(loader.refresh().problems()).singleElement()
			.asString()
			.startsWith("計畫檔 TYC-XW-096.xlsx 無法讀取");
	}

	/** Other bytes of the same length, the file's time put back. */
	private static void overwriteKeepingSizeAndTime(Path file, FileTime time) throws Exception {
		byte[] garbage = new byte[(int) Files.size(file)];
		java.util.Arrays.fill(garbage, (byte) 'x');
		Files.write(file, garbage);
		Files.setLastModifiedTime(file, time);
	}

	@Test
	void aBrokenFileIsReportedAndTheLastGoodPlanStays() throws Exception {
		Path file = plans.resolve("TYC-XW-096.xlsx");
		Files.copy(Path.of("input-templates/plans/TYC-XW-096.xlsx"), file, StandardCopyOption.REPLACE_EXISTING);
		PlanLoader loader = loader();
		loader.refresh();
		Files.writeString(file, "not a workbook");

		PlanLoader.Report report = loader.refresh();

		assertThat(report.problems()).singleElement().asString().startsWith("計畫檔 TYC-XW-096.xlsx 無法讀取");
		assertThat(repository.find("TYC-XW", 96).orElseThrow().items()).hasSize(59);
	}

	@Test
	void aPlanForAnUnknownOfficeIsRefused() throws Exception {
		Plan plan = repository.find("TYC-XW", 96).orElseThrow();
		Plan stray = new Plan("NOWHERE", 96, plan.title(), plan.source(), plan.strategies(), plan.items());
		new PlanWorkbookWriter().write(stray, "不存在的機關", plans.resolve("NOWHERE-096.xlsx"));

		PlanLoader.Report report = loader().refresh();

		assertThat(report.problems()).singleElement()
			.asString()
			.contains("機關代碼 NOWHERE 不在機關名冊中");
		assertThat(repository.find("NOWHERE", 96)).isEmpty();
	}

}
