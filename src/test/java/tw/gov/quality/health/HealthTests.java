package tw.gov.quality.health;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.IndicatedHealthDescriptor;
import org.springframework.boot.health.contributor.Status;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application's health, as an administrator sees it (the endpoint's Java API shows every detail). */
@IntegrationTest
class HealthTests {

	@Autowired
	HealthEndpoint health;

	static Map<String, Object> details(HealthDescriptor descriptor) {
		return ((IndicatedHealthDescriptor) descriptor).getDetails();
	}

	@Test
	void everyComponentIsUpWithItsDetails() {
		CompositeHealthDescriptor all = (CompositeHealthDescriptor) health.health();
		assertThat(all.getComponents()).containsKeys("db", "folders", "scheduler", "diskSpace");
		all.getComponents().forEach((name, component) -> assertThat(component.getStatus()).as(name).isEqualTo(Status.UP));
		assertThat(all.getStatus()).isEqualTo(Status.UP);
		assertThat(details(all.getComponents().get("db"))).containsEntry("database", "MariaDB");
	}

	@Test
	@SuppressWarnings("unchecked")
	void foldersShowEachFolder() {
		Map<String, Object> folders = details(health.healthForPath("folders"));
		assertThat(folders).containsOnlyKeys("inbox", "archive", "output");
		folders.values().forEach(folder -> assertThat((Map<String, Object>) folder).containsEntry("status", "UP")
			.containsEntry("readable", true)
			.containsEntry("writable", true)
			.containsKeys("path", "exists", "free", "freeBytes", "minFreeBytes"));
		assertThat((String) ((Map<String, Object>) folders.get("inbox")).get("path")).endsWith("target/test-inbox");
		assertThat(((Map<String, Object>) folders.get("output")).get("minFreeBytes")).isEqualTo(500L * 1024 * 1024);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theSchedulerIsInStandbyAsTestsLeaveItAndThatIsUp() {
		HealthDescriptor scheduler = health.healthForPath("scheduler");
		assertThat(scheduler.getStatus()).isEqualTo(Status.UP);
		Map<String, Object> details = details(scheduler);
		assertThat(details).containsEntry("state", "standby")
			.containsEntry("autoStartup", false)
			.containsEntry("clustered", true)
			.containsEntry("name", "quality-progress")
			.containsKey("instanceId");
		assertThat((String) details.get("jobStore")).contains("JobStore");
		assertThat((Map<String, Object>) details.get("triggers")).containsOnlyKeys("ingest", "deadline-check",
				"reminders", "consolidation");
	}

	@Test
	void readinessNeedsTheDatabaseAndTheFoldersNotTheScheduler() {
		CompositeHealthDescriptor readiness = (CompositeHealthDescriptor) health.healthForPath("readiness");
		assertThat(readiness.getStatus()).isEqualTo(Status.UP);
		assertThat(readiness.getComponents()).containsOnlyKeys("readinessState", "db", "folders");
		assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
	}

}
