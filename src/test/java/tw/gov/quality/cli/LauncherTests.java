package tw.gov.quality.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Help, version and wrong arguments answered before Spring; office codes from config/ read with SnakeYAML. */
class LauncherTests {

	@TempDir
	Path config;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private Launcher launcher(Map<String, String> environment) {
		return new Launcher(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				config, environment);
	}

	private void writeOffices() throws Exception {
		Files.writeString(config.resolve("application.yml"), """
				quality:
				  offices:
				    - code: MOJ-AEA
				      name: 法務部行政執行署
				    - { code: AEA-TPE, name: 臺北分署, parent: MOJ-AEA }
				""");
		Files.writeString(config.resolve("application-extra.yml"), """
				quality:
				  offices:
				    - { code: TPE-CA, name: 臺北市政府民政局 }
				    - { code: TPE-CA-SLHR, name: 士林戶政, parent: TPE-CA }
				""");
	}

	@Test
	void helpIsPrintedAndSpringNeverStarts() {
		assertThat(launcher(Map.of()).answer("--help")).contains(0);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("用法：java -jar quality-progress.jar", "demo --serve");
	}

	@Test
	void versionComesFromTheBuildInfo() {
		assertThat(launcher(Map.of()).answer("version")).contains(0);
		// target/classes/META-INF/build-info.properties, written by the build-info goal
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("quality-progress 0.").contains("建置時間");
	}

	@Test
	void aCorrectCommandStartsSpring() throws Exception {
		writeOffices();
		assertThat(launcher(Map.of()).answer("templates", "--year=107", "--quarter=2", "--office=AEA-TPE")).isEmpty();
		assertThat(launcher(Map.of()).answer("consolidate", "--year=107", "--quarter=2", "--supervisor=TPE-CA")).isEmpty();
		assertThat(launcher(Map.of()).answer()).isEmpty();
	}

	@Test
	void anUnknownOfficeIsAnsweredFromTheConfigurationFiles() throws Exception {
		writeOffices();
		assertThat(launcher(Map.of()).answer("templates", "--year=107", "--quarter=2", "--office=AEA-XXX")).contains(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--office=AEA-XXX：查無機關代碼「AEA-XXX」");
		err.reset();
		assertThat(launcher(Map.of()).answer("consolidate", "--year=107", "--quarter=2", "--supervisor=AEA-TPE")).contains(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("AEA-TPE 沒有所屬機關");
	}

	@Test
	void whenOfficesMayComeFromElsewhereTheCheckWaitsForTheRegistry() throws Exception {
		writeOffices();
		assertThat(launcher(Map.of("QUALITY_OFFICES_0_CODE", "AEA-XXX")).answer("templates", "--year=107", "--quarter=2",
				"--office=AEA-XXX")).isEmpty();
		assertThat(launcher(Map.of()).answer("templates", "--year=107", "--quarter=2", "--office=AEA-XXX",
				"--spring.config.additional-location=/etc/quality/")).isEmpty();
		Files.delete(config.resolve("application.yml"));
		Files.delete(config.resolve("application-extra.yml"));
		assertThat(launcher(Map.of()).answer("templates", "--year=107", "--quarter=2", "--office=AEA-XXX")).isEmpty();
	}

	@Test
	void aMalformedCodeIsRefusedEvenWithoutConfiguration() {
		assertThat(launcher(Map.of()).answer("templates", "--year=107", "--quarter=2", "--office=臺北分署")).contains(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("不是機關代碼");
	}

}
