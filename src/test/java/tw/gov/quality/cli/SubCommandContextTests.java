package tw.gov.quality.cli;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.context.WebApplicationContext;

import tw.gov.quality.QualityProgressApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as every sub-command starts it (no web server, no scheduler): the whole context must
 * come up without any bean that only a web application has. Every other integration test runs the web
 * application, so without this a web-only dependency breaks every command of the packaged jar unseen.
 */
@SpringBootTest(classes = QualityProgressApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
		// Quartz keeps schedulers in a JVM-wide repository by name: a name of its own, so that closing this
		// context never shuts down the scheduler of the other tests' cached context.
		properties = { "spring.main.web-application-type=none", "spring.quartz.auto-startup=false",
				"spring.quartz.properties.org.quartz.scheduler.instanceName=sub-command-context" })
@TestPropertySource(locations = "classpath:integration-test.properties")
@DirtiesContext
class SubCommandContextTests {

	@Autowired
	ApplicationContext context;

	@Test
	void everyCommandIsThereWithoutAWebServer() {
		assertThat(context).isNotInstanceOf(WebApplicationContext.class);
		assertThat(context.getBeansOfType(CliCommand.class).keySet()).contains("ingestCommand", "consolidateCommand",
				"demoCommand", "runCommand", "templatesCommand");
	}

}
