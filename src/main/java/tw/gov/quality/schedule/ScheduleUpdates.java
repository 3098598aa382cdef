package tw.gov.quality.schedule;

import java.util.List;
import java.util.Objects;

import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the stored schedule up to date with the configuration before the scheduler starts, without
 * touching what did not change: a stored trigger keeps the firing it waits for, so a firing missed
 * while every node was down runs once when the first node is back (its misfire instruction, fire once
 * now); a trigger whose cron expression, zone or misfire instruction changed is replaced, and starts
 * from now. The jobs' descriptions and classes are always the configured ones. Every node does the
 * same at its start, which changes nothing the second time.
 *
 * <p>In one transaction: Quartz's store (Spring's {@code LocalDataSourceJobStore}) takes its cluster
 * lock row only within the caller's transaction, so two nodes starting at the same moment would
 * otherwise both insert the same job.
 */
@Component
class ScheduleUpdates implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ScheduleUpdates.class);

	private final Scheduler scheduler;

	private final List<JobDetail> jobs;

	private final List<Trigger> triggers;

	private final TransactionTemplate transaction;

	ScheduleUpdates(Scheduler scheduler, List<JobDetail> jobs, List<Trigger> triggers,
			PlatformTransactionManager transactionManager) {
		this.scheduler = scheduler;
		this.jobs = jobs;
		this.triggers = triggers;
		this.transaction = new TransactionTemplate(transactionManager);
	}

	@Override
	public void afterSingletonsInstantiated() {
		transaction.executeWithoutResult(status -> update());
	}

	private void update() {
		try {
			for (JobDetail job : jobs) {
				scheduler.addJob(job, true);
			}
			for (Trigger trigger : triggers) {
				Trigger stored = scheduler.getTrigger(trigger.getKey());
				if (stored == null) {
					scheduler.scheduleJob(trigger);
				}
				else if (changed(stored, trigger)) {
					scheduler.rescheduleJob(trigger.getKey(), trigger);
					log.info("Schedule of {} changed; it now starts from {}", trigger.getKey(), trigger.getNextFireTime());
				}
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not bring the stored schedule up to date", ex);
		}
	}

	static boolean changed(Trigger stored, Trigger configured) {
		if (stored.getMisfireInstruction() != configured.getMisfireInstruction()
				|| !Objects.equals(stored.getJobKey(), configured.getJobKey())) {
			return true;
		}
		if (stored instanceof CronTrigger storedCron && configured instanceof CronTrigger configuredCron) {
			return !storedCron.getCronExpression().equals(configuredCron.getCronExpression())
					|| !storedCron.getTimeZone().getID().equals(configuredCron.getTimeZone().getID());
		}
		return stored.getClass() != configured.getClass();
	}

}
