package tw.gov.quality.cli;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The arguments as a user types them, checked against the command catalogue before anything starts. */
class ArgumentCheckTests {

	private static ArgumentCheck.Invocation check(String... args) {
		return ArgumentCheck.check(List.of(args));
	}

	@ParameterizedTest
	@ValueSource(strings = { "--help", "-h", "-?", "help" })
	void everyWayOfAskingForHelpGetsTheWholeUsage(String word) {
		ArgumentCheck.Invocation invocation = check(word);
		assertThat(invocation.kind()).isEqualTo(ArgumentCheck.Kind.HELP);
		assertThat(invocation.spec()).isNull();
	}

	@Test
	void helpAboutOneCommandGetsThatCommandsUsage() {
		assertThat(check("help", "templates").spec()).isEqualTo(CommandCatalog.TEMPLATES);
		assertThat(check("templates", "--help").spec()).isEqualTo(CommandCatalog.TEMPLATES);
		assertThat(check("consolidate", "--year=abc", "-h").kind()).isEqualTo(ArgumentCheck.Kind.HELP);
		assertThat(check("help", "nosuch").kind()).isEqualTo(ArgumentCheck.Kind.USAGE_ERROR);
	}

	@Test
	void versionBothWays() {
		assertThat(check("version").kind()).isEqualTo(ArgumentCheck.Kind.VERSION);
		assertThat(check("--version").kind()).isEqualTo(ArgumentCheck.Kind.VERSION);
	}

	@Test
	void onlyServeOrNothingRunsTheService() {
		assertThat(check().spec()).isEqualTo(CommandCatalog.SERVE);
		assertThat(check("serve").spec()).isEqualTo(CommandCatalog.SERVE);
		assertThat(check("serve", "--server.port=9090", "--spring.profiles.active=production").kind())
			.isEqualTo(ArgumentCheck.Kind.RUN);
		assertThat(CommandLine.parse("serve").hasCommand()).isFalse();
		assertThat(CommandLine.parse("serve").modeProperties()).containsEntry("spring.main.web-application-type", "servlet");
	}

	@Test
	void correctCommandsPass() {
		assertThat(check("templates", "--year=2018", "--quarter=第2季", "--office=AEA-TPE").kind()).isEqualTo(ArgumentCheck.Kind.RUN);
		assertThat(check("run", "--year=107", "--quarter=Q2", "--as-of=2018-07-11T09:00").kind()).isEqualTo(ArgumentCheck.Kind.RUN);
		assertThat(check("extend", "--office=AEA-TPE", "--year=107", "--quarter=2", "--until=2018-07-20", "--reason=系統故障",
				"--by=王科長").kind()).isEqualTo(ArgumentCheck.Kind.RUN);
		assertThat(check("demo", "--serve").kind()).isEqualTo(ArgumentCheck.Kind.RUN);
		assertThat(check("ingest", "--debug").kind()).isEqualTo(ArgumentCheck.Kind.RUN);
	}

	/** Each mistake: what the message must name, and the example it must show. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"nosuch                                         | 「nosuch」                    | help",
			"templats                                       | 是要輸入 templates 嗎           | help",
			"templates --year=abc                           | --year=abc：「abc」不是年度      | templates --year=107 --quarter=2",
			"templates --year=107 --quarter=5               | --quarter=5：「5」不是季別       | templates --year=107 --quarter=2",
			"templates --year=107                           | 缺少必填選項 --quarter           | templates --year=107 --quarter=2",
			"templates --yaer=107 --quarter=2               | 「--yaer」（是要輸入 --year 嗎？） | templates --year=107 --quarter=2",
			"templates --year 107 --quarter=2               | --year 需要一個值               | templates --year=107 --quarter=2",
			"templates --year=107 --quarter=2 --office=台北 | --office=台北：「台北」不是機關代碼 | templates --year=107 --quarter=2",
			"templates --year=107 --quarter=2 --office=     | --office 的值是空的              | templates --year=107 --quarter=2",
			"run --year=107 --quarter=2 --as-of=2018-13-01  | --as-of=2018-13-01：「2018-13-01」不是日期 | run --year=107 --quarter=2",
			"check-deadlines --year=107 --quarter=2 --as-of=yesterday | 「yesterday」不是日期 | check-deadlines --year=107",
			"extend --office=AEA-TPE --year=107 --quarter=2 --until=7/20 --reason=x --by=y | --until=7/20 | extend --office=AEA-TPE",
			"demo --serve=yes                               | --serve 不需要值                 | demo --serve",
			"ingest --year=107                              | ingest 沒有任何選項               | ingest",
			"ingest now                                     | 多餘的參數「now」                 | ingest",
			"templates --year=107 --year=108 --quarter=2    | --year 重複了                     | templates --year=107",
			"serve --port=9090                              | Spring 設定請寫完整名稱，例如 --server.port=9090 | serve",
			"-x                                             | 「-x」                           | help" })
	void aMistakeIsNamedWithACorrectExample(String arguments, String named, String example) {
		ArgumentCheck.Invocation invocation = check(arguments.strip().split("\\s+"));
		assertThat(invocation.kind()).isEqualTo(ArgumentCheck.Kind.USAGE_ERROR);
		assertThat(invocation.message()).contains(named.strip()).contains("java -jar quality-progress.jar " + example.strip());
	}

	@Test
	void springPropertiesAreAcceptedWithEveryCommand() {
		assertThat(check("ingest", "--quality.folders.inbox=/srv/inbox", "--logging.level.root=DEBUG").kind())
			.isEqualTo(ArgumentCheck.Kind.RUN);
	}

	@Test
	void helpAndTheCheckUseTheSameOptions() {
		assertThat(CommandCatalog.TEMPLATES.help()).contains("--year=年度", "（必填）", "--office=機關代碼",
				"例：java -jar quality-progress.jar templates --year=107 --quarter=2");
		for (CommandSpec spec : CommandCatalog.ALL) {
			assertThat(CommandCatalog.help("quality-progress")).contains("例：" + spec.example());
			// the example of every command passes its own check
			List<String> example = new java.util.ArrayList<>(List.of(spec.name()));
			if (!spec.exampleArguments().isEmpty()) {
				example.addAll(List.of(spec.exampleArguments().split(" ")));
			}
			assertThat(ArgumentCheck.check(example).kind()).as(spec.example()).isNotEqualTo(ArgumentCheck.Kind.USAGE_ERROR);
		}
	}

}
