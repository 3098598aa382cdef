package tw.gov.quality.schedule;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;

import tw.gov.quality.calendar.CalendarProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler's states on an in-memory Quartz scheduler of its own. */
class SchedulerHealthIndicatorTests {

	private static final CalendarProperties TAIPEI = new CalendarProperties(ZoneId.of("Asia/Taipei"), 10,
			LocalTime.of(23, 59, 59), 20, List.of());

	Scheduler scheduler;

	@BeforeEach
	void create() throws Exception {
		Properties properties = new Properties();
		properties.setProperty("org.quartz.scheduler.instanceName", "health-test-" + System.nanoTime());
		properties.setProperty("org.quartz.threadPool.threadCount", "1");
		properties.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
		scheduler = new StdSchedulerFactory(properties).getScheduler();
		scheduler.scheduleJob(JobBuilder.newJob(MisfireTests.CountingJob.class).withIdentity("ingest", "quality").build(),
				TriggerBuilder.newTrigger()
					.withIdentity("ingest", "quality")
					.withSchedule(CronScheduleBuilder.cronSchedule("0 */5 * * * ?"))
					.build());
	}

	@AfterEach
	void shutdown() throws Exception {
		if (!scheduler.isShutdown()) {
			scheduler.shutdown();
		}
	}

	private Health health(boolean autoStartup) {
		QuartzProperties quartz = new QuartzProperties();
		quartz.setAutoStartup(autoStartup);
		return new SchedulerHealthIndicator(scheduler, quartz, TAIPEI).health();
	}

	@Test
	void startedIsUpWithItsTriggers() throws Exception {
		scheduler.start();
		Health health = health(true);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("state", "started")
			.containsEntry("clustered", false)
			.containsEntry("jobStore", "org.quartz.simpl.RAMJobStore")
			.containsEntry("threadPoolSize", 1)
			.doesNotContainKey("problem");
		@SuppressWarnings("unchecked")
		Map<String, Map<String, Object>> triggers = (Map<String, Map<String, Object>>) health.getDetails().get("triggers");
		assertThat(triggers).containsOnlyKeys("ingest");
		assertThat(triggers.get("ingest")).containsEntry("state", "NORMAL");
		assertThat((String) triggers.get("ingest").get("nextFire")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d[05](:00)?");
	}

	@Test
	void standbyIsUpWhenTheSchedulerIsNotMeantToStart() {
		Health health = health(false);
		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("state", "standby").containsEntry("autoStartup", false)
			.containsKey("note");
	}

	@Test
	void standbyIsOutOfServiceWhenTheServiceShouldBeRunningItsSchedule() {
		Health health = health(true);
		assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(health.getDetails()).containsEntry("state", "standby").containsKey("problem");
	}

	@Test
	void shutDownIsDown() throws Exception {
		scheduler.shutdown();
		Health health = health(false);
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("state", "shutdown").doesNotContainKey("triggers");
	}

}
