package tw.gov.quality.schedule;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.quartz.CronTrigger;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which configured triggers a start writes over the stored ones. A stored cron trigger with the
 * configured expression, zone, misfire instruction and job is left as it is: another node may be
 * firing it right now, and a replacement built a moment earlier would start at the firing that node has
 * just run, which then ran twice. Left alone, it also keeps the firing it was waiting for: if that
 * passed while every node was down, its misfire instruction (fire once now) runs it once at the start.
 * A changed trigger, or one Quartz put in its error state, is replaced and starts from now.
 */
@Component
class StoredTriggers {

	private static final Logger log = LoggerFactory.getLogger(StoredTriggers.class);

	private final JdbcClient jdbc;

	private final String schedulerName;

	StoredTriggers(JdbcClient jdbc,
			@Value("${spring.quartz.properties.org.quartz.scheduler.instanceName:quality-progress}") String schedulerName) {
		this.jdbc = jdbc;
		this.schedulerName = schedulerName;
	}

	/** The configured triggers that differ from the stored ones (or are not stored yet). */
	List<Trigger> changed(List<Trigger> configured) {
		return configured.stream().filter(trigger -> !unchanged(trigger)).toList();
	}

	private boolean unchanged(Trigger trigger) {
		if (!(trigger instanceof CronTrigger cron)) {
			return false;
		}
		Optional<Date> next = storedNextFiring(cron);
		next.ifPresent(firing -> {
			if (firing.before(new Date())) {
				log.info("Trigger {} missed its firing at {} while the service was down; it runs once now",
						trigger.getKey(), firing.toInstant());
			}
		});
		return next.isPresent();
	}

	private Optional<Date> storedNextFiring(CronTrigger cron) {
		try {
			return jdbc.sql("""
					SELECT t.NEXT_FIRE_TIME FROM QRTZ_TRIGGERS t JOIN QRTZ_CRON_TRIGGERS c
						ON c.SCHED_NAME = t.SCHED_NAME AND c.TRIGGER_NAME = t.TRIGGER_NAME AND c.TRIGGER_GROUP = t.TRIGGER_GROUP
					WHERE t.SCHED_NAME = ? AND t.TRIGGER_NAME = ? AND t.TRIGGER_GROUP = ?
						AND c.CRON_EXPRESSION = ? AND c.TIME_ZONE_ID = ? AND t.MISFIRE_INSTR = ?
						AND t.JOB_NAME = ? AND t.JOB_GROUP = ? AND t.TRIGGER_STATE <> 'ERROR' AND t.NEXT_FIRE_TIME > 0""")
				.params(schedulerName, cron.getKey().getName(), cron.getKey().getGroup(), cron.getCronExpression(),
						cron.getTimeZone().getID(), cron.getMisfireInstruction(), cron.getJobKey().getName(),
						cron.getJobKey().getGroup())
				.query(Long.class)
				.optional()
				.map(Date::new);
		}
		catch (DataAccessException ex) {
			return Optional.empty(); // nothing stored yet (a new database)
		}
	}

}
