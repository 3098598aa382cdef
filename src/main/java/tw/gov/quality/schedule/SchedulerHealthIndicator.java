package tw.gov.quality.schedule;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.quartz.autoconfigure.QuartzProperties;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.CalendarProperties;

/**
 * The {@code scheduler} health component: the Quartz scheduler's state, its store, and each of the
 * service's triggers with its next run.
 * <p>
 * Started: UP. Shut down: DOWN. In standby: UP when it is not meant to start (a sub-command, or
 * {@code spring.quartz.auto-startup=false}), OUT_OF_SERVICE when the service should be running its
 * schedule but is not. A trigger in Quartz's ERROR state (its job cannot run) is DOWN.
 */
@Component
class SchedulerHealthIndicator implements HealthIndicator {

	static final String GROUP = "quality";

	private final Scheduler scheduler;

	private final boolean autoStartup;

	private final CalendarProperties calendar;

	SchedulerHealthIndicator(Scheduler scheduler, QuartzProperties quartz, CalendarProperties calendar) {
		this.scheduler = scheduler;
		this.autoStartup = quartz.isAutoStartup();
		this.calendar = calendar;
	}

	@Override
	public Health health() {
		try {
			SchedulerMetaData meta = scheduler.getMetaData();
			Health.Builder health;
			String state;
			if (meta.isShutdown()) {
				state = "shutdown";
				health = Health.down().withDetail("problem", "排程器已關閉，排定的作業都不會執行");
			}
			else if (meta.isInStandbyMode()) {
				state = "standby";
				health = autoStartup ? Health.outOfService().withDetail("problem", "排程器處於待命狀態，排定的作業不會執行")
						: Health.up().withDetail("note", "排程器未啟動（子命令或 spring.quartz.auto-startup=false）");
			}
			else {
				state = "started";
				health = Health.up();
			}
			health.withDetail("state", state)
				.withDetail("autoStartup", autoStartup)
				.withDetail("name", meta.getSchedulerName())
				.withDetail("instanceId", meta.getSchedulerInstanceId())
				.withDetail("clustered", meta.isJobStoreClustered())
				.withDetail("jobStore", meta.getJobStoreClass().getName())
				.withDetail("threadPoolSize", meta.getThreadPoolSize())
				.withDetail("jobsExecuted", meta.getNumberOfJobsExecuted());
			if (!meta.isShutdown()) {
				triggers(health);
			}
			return health.build();
		}
		catch (SchedulerException ex) {
			return Health.down(ex).build();
		}
	}

	private void triggers(Health.Builder health) throws SchedulerException {
		Map<String, Object> triggers = new LinkedHashMap<>();
		for (TriggerKey key : scheduler.getTriggerKeys(GroupMatcher.triggerGroupEquals(GROUP))) {
			Trigger trigger = scheduler.getTrigger(key);
			Trigger.TriggerState state = scheduler.getTriggerState(key);
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("state", state.name());
			details.put("previousFire", local(trigger == null ? null : trigger.getPreviousFireTime()));
			details.put("nextFire", local(trigger == null ? null : trigger.getNextFireTime()));
			triggers.put(key.getName(), details);
			if (state == Trigger.TriggerState.ERROR) {
				health.down().withDetail("problem", "排程作業 " + key.getName() + " 無法執行（Quartz 觸發器狀態 ERROR）");
			}
		}
		health.withDetail("triggers", triggers);
	}

	private String local(Date date) {
		return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), calendar.zone()).toString();
	}

}
