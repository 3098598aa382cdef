package tw.gov.quality.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The service serves the console; a sub-command never starts a web server. */
class CommandLineModeTests {

	@Test
	void theServiceIsAServletWebApplication() {
		assertThat(CommandLine.parse().modeProperties()).containsEntry("spring.main.web-application-type", "servlet")
			.doesNotContainKey("spring.quartz.auto-startup");
	}

	@Test
	void aSubCommandRunsWithoutAWebServerOrScheduler() {
		assertThat(CommandLine.parse("ingest").modeProperties()).containsEntry("spring.main.web-application-type", "none")
			.containsEntry("spring.quartz.auto-startup", "false");
	}

}
