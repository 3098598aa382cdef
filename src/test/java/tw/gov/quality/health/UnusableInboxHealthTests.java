package tw.gov.quality.health;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An inbox the service cannot write to: a file where the folder should be (tests run as root too,
 * for whom a read-only folder is still writable). Its own application context, with its own Quartz
 * scheduler name, closed afterwards.
 */
@IntegrationTest
@DirtiesContext
class UnusableInboxHealthTests {

	static final Path NOT_A_FOLDER = Path.of("target/test-inbox-is-a-file");

	@DynamicPropertySource
	static void inboxIsAFile(DynamicPropertyRegistry registry) {
		try {
			Files.writeString(NOT_A_FOLDER, "not a folder");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		registry.add("quality.folders.inbox", NOT_A_FOLDER::toString);
		// Quartz keeps each scheduler's data source in a static registry under the scheduler's name: a
		// context closed afterwards must not take the shared context's connections with it.
		registry.add("spring.quartz.properties.org.quartz.scheduler.instanceName", () -> "quality-progress-unusable-inbox");
	}

	@Autowired
	HealthEndpoint health;

	@Test
	@SuppressWarnings("unchecked")
	void theFoldersAndTheServiceAreDown() {
		HealthDescriptor folders = health.healthForPath("folders");
		assertThat(folders.getStatus()).isEqualTo(Status.DOWN);
		Map<String, Object> details = HealthTests.details(folders);
		assertThat((Map<String, Object>) details.get("inbox")).containsEntry("status", "DOWN")
			.containsEntry("exists", true)
			.containsEntry("problem", "不是資料夾");
		assertThat((Map<String, Object>) details.get("archive")).containsEntry("status", "UP");
		assertThat((Map<String, Object>) details.get("output")).containsEntry("status", "UP");

		assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.healthForPath("liveness").getStatus()).as("the process itself is fine").isEqualTo(Status.UP);
	}

}
