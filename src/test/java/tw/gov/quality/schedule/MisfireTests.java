package tw.gov.quality.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The clustered JDBC store and the misfire policy: a run missed while the service was down happens once. */
@IntegrationTest
class MisfireTests {

	static final AtomicInteger runs = new AtomicInteger();

	@Autowired
	Scheduler scheduler;

	@Autowired
	MeterRegistry registry;

	@Autowired
	StoredTriggers storedTriggers;

	@Autowired
	JdbcClient jdbc;

	public static class CountingJob implements Job {

		@Override
		public void execute(JobExecutionContext context) {
			runs.incrementAndGet();
		}

	}

	@AfterEach
	void stop() throws Exception {
		scheduler.standby();
		scheduler.deleteJob(JobKey.jobKey("counting", "test"));
	}

	@Test
	void everyScheduledJobIsWiredAndRunsWhenTriggered() throws Exception {
		scheduler.pauseTriggers(GroupMatcher.triggerGroupEquals("quality"));
		java.util.Map<String, Throwable> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
		scheduler.getListenerManager().addJobListener(new org.quartz.listeners.JobListenerSupport() {
			@Override
			public String getName() {
				return "outcomes";
			}

			@Override
			public void jobWasExecuted(JobExecutionContext context, org.quartz.JobExecutionException failure) {
				outcomes.put(context.getJobDetail().getKey().getName(),
						failure == null ? new Throwable("ok") : failure);
			}
		});
		scheduler.start();
		java.util.List<String> jobs = java.util.List.of("ingest", "deadline-check", "reminders", "consolidation");
		for (String name : jobs) {
			scheduler.triggerJob(JobKey.jobKey(name, "quality"));
		}
		long until = System.currentTimeMillis() + 60_000;
		while (outcomes.size() < jobs.size() && System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		scheduler.getListenerManager().removeJobListener("outcomes");

		assertThat(outcomes).containsOnlyKeys(jobs);
		outcomes.forEach((name, outcome) -> assertThat(outcome.getMessage()).as(name).isEqualTo("ok"));
		// Each run is timed (the listeners are told in no set order: the last one may still be recording).
		await().atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> jobs.forEach(name -> assertThat(
					registry.find("quality.scheduled.job").tag("job", name).tag("outcome", "success").timer())
				.as(name)
				.isNotNull()
				.satisfies(timer -> assertThat(timer.count()).isPositive())));
	}

	@Test
	void theServicesTriggersFireOnceAfterDowntime() throws Exception {
		Trigger ingest = scheduler.getTrigger(TriggerKey.triggerKey("ingest", "quality"));
		assertThat(ingest).isInstanceOf(CronTrigger.class);
		assertThat(((CronTrigger) ingest).getCronExpression()).isEqualTo("0 */5 * * * ?");
		assertThat(ingest.getMisfireInstruction()).isEqualTo(CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
	}

	@Test
	void aTriggerMissedManyTimesWhileDownFiresExactlyOnceWhenBack() throws Exception {
		scheduler.pauseTriggers(GroupMatcher.triggerGroupEquals("quality"));
		JobDetail job = JobBuilder.newJob(CountingJob.class).withIdentity("counting", "test").build();
		// Hourly since a day ago: 24 runs missed while "down".
		Trigger trigger = TriggerBuilder.newTrigger()
			.withIdentity("counting", "test")
			.startAt(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)))
			.withSchedule(CronScheduleBuilder.cronSchedule("0 0 * * * ?").withMisfireHandlingInstructionFireAndProceed())
			.build();
		scheduler.scheduleJob(job, trigger);
		runs.set(0);

		scheduler.start();
		long until = System.currentTimeMillis() + 20_000;
		while (runs.get() == 0 && System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		Thread.sleep(1_500);

		assertThat(runs.get()).isEqualTo(1);
		Date next = scheduler.getTrigger(TriggerKey.triggerKey("counting", "test")).getNextFireTime();
		assertThat(next).isAfter(new Date());
	}

	/**
	 * A start leaves an unchanged stored trigger as it is: still waiting for the firing missed while
	 * every node was down (which its misfire instruction then runs once, as above), or for the one
	 * another node is about to run. A changed schedule, or a trigger Quartz put in its error state, is
	 * replaced.
	 */
	@Test
	void aStartReplacesOnlyATriggerThatChanged() throws Exception {
		scheduler.standby();
		TriggerKey key = TriggerKey.triggerKey("ingest", "quality");
		Trigger configured = scheduler.getTrigger(key);
		try {
			// As the store holds it after a day with every node down: waiting for yesterday's firing.
			Trigger waiting = configured.getTriggerBuilder()
				.startAt(Date.from(Instant.now().minus(1, ChronoUnit.DAYS)))
				.build();
			scheduler.rescheduleJob(key, waiting);
			Date missed = scheduler.getTrigger(key).getNextFireTime();
			assertThat(missed).isBefore(new Date());

			// The next start's triggers, built from the configuration.
			Trigger restarted = configured.getTriggerBuilder().startNow().build();
			Trigger changed = TriggerBuilder.newTrigger()
				.forJob(configured.getJobKey())
				.withIdentity("ingest", "quality")
				.withSchedule(CronScheduleBuilder.cronSchedule("0 */10 * * * ?")
					.inTimeZone(((CronTrigger) configured).getTimeZone())
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
			Trigger otherMisfirePolicy = TriggerBuilder.newTrigger()
				.forJob(configured.getJobKey())
				.withIdentity("ingest", "quality")
				.withSchedule(CronScheduleBuilder.cronSchedule("0 */5 * * * ?")
					.inTimeZone(((CronTrigger) configured).getTimeZone())
					.withMisfireHandlingInstructionDoNothing())
				.build();

			assertThat(storedTriggers.changed(List.of(restarted))).as("unchanged: the stored one goes on").isEmpty();
			assertThat(storedTriggers.changed(List.of(changed))).singleElement().isSameAs(changed);
			assertThat(storedTriggers.changed(List.of(otherMisfirePolicy))).singleElement().isSameAs(otherMisfirePolicy);
			assertThat(scheduler.getTrigger(key).getNextFireTime()).as("the missed firing is kept").isEqualTo(missed);

			jdbc.sql("UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = 'ERROR' WHERE TRIGGER_NAME = 'ingest' AND TRIGGER_GROUP = 'quality'")
				.update();
			assertThat(storedTriggers.changed(List.of(restarted))).as("in error: replaced").singleElement().isSameAs(restarted);
		}
		finally {
			scheduler.rescheduleJob(key, configured.getTriggerBuilder().startNow().build());
		}
	}

}
