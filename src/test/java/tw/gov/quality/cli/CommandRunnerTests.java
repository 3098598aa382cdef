package tw.gov.quality.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The program's sub-commands as a user types them, on the real application. */
@IntegrationTest
class CommandRunnerTests {

	@Autowired
	List<CliCommand> commands;

	@Autowired
	Folders folders;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		CommandRunner runner = new CommandRunner(commands, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return runner.execute(CommandLine.parse(args));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void templatesForOneOfficeInAnAdYear() {
		int exit = run("templates", "--year=2015", "--quarter=第3季", "--office=AEA-TXG");
		assertThat(exit).isZero();
		assertThat(out()).contains("已產生 104年第3季 進度回報範本 1 份");
		Path file = folders.output().resolve("templates/104/Q3/AEA-TXG.xlsx");
		assertThat(file).exists();
		assertThat(folders.output().resolve("templates/104/Q3/AEA-TPE.xlsx")).doesNotExist();
	}

	@Test
	void templatesNameTheOfficesThatHaveNoPlan() {
		assertThat(run("templates", "--year=96", "--quarter=1")).isZero();
		assertThat(out()).contains("已產生 96年第1季 進度回報範本 1 份").contains("AEA-TPE 法務部行政執行署臺北分署");
	}

	@Test
	void aYearWithoutAnyPlanFailsWithAReason() {
		assertThat(run("templates", "--year=110", "--quarter=1")).isEqualTo(1);
		assertThat(err()).contains("沒有任何機關有 110 年度的計畫");
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertThat(run("templates", "--year=abc", "--quarter=2")).isEqualTo(2);
		assertThat(err()).contains("--year=abc：「abc」不是年度");
		assertThat(run("templates", "--year=abc")).isEqualTo(2);
		assertThat(err()).contains("「abc」不是年度");
		assertThat(run("templates", "--year=107")).isEqualTo(2);
		assertThat(err()).contains("templates 缺少必填選項 --quarter");
		assertThat(run("templates", "--year=107", "--quarter=5")).isEqualTo(2);
		assertThat(run("templates", "--year=107", "--quarter=1", "--office=NOPE")).isEqualTo(2);
		assertThat(err()).contains("查無機關代碼 NOPE");
	}

	/** The catalogue the help prints and the arguments are checked against describes every command there is. */
	@Test
	void everyCommandIsInTheCatalogueAndEveryCatalogueEntryRuns() {
		assertThat(commands).extracting(CliCommand::spec).allMatch(CommandCatalog.ALL::contains);
		assertThat(CommandCatalog.ALL).filteredOn(spec -> spec != CommandCatalog.SERVE && spec != CommandCatalog.HELP
				&& spec != CommandCatalog.VERSION)
			.allSatisfy(spec -> assertThat(commands).extracting(CliCommand::name).contains(spec.name()));
	}

	@Test
	void anUnknownCommandListsTheKnownOnes() {
		assertThat(run("frobnicate")).isEqualTo(2);
		assertThat(err()).contains("不認得的指令「frobnicate」").contains("templates、ingest");
		assertThat(out()).isEmpty();
	}

}
