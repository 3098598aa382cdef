package tw.gov.quality.schedule;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.quartz.CronTrigger;
import org.quartz.Trigger;
import org.quartz.spi.MutableTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;
import org.springframework.stereotype.Component;

/**
 * Keeps the firing a stored trigger waits for across a start. Every start writes the configured
 * triggers over the stored ones ({@code overwrite-existing-jobs}, so a changed cron takes effect), and
 * a replaced trigger would start its schedule from now, dropping a firing missed while every node was
 * down. So, before that, a configured cron trigger whose expression and zone are the stored ones
 * starts at the stored next firing: if that is past, its misfire instruction (fire once now) runs it
 * once when the scheduler starts.
 */
@Component
class MissedFirings implements SchedulerFactoryBeanCustomizer {

	private static final Logger log = LoggerFactory.getLogger(MissedFirings.class);

	private final JdbcClient jdbc;

	private final List<Trigger> triggers;

	private final String schedulerName;

	MissedFirings(JdbcClient jdbc, List<Trigger> triggers,
			@Value("${spring.quartz.properties.org.quartz.scheduler.instanceName:quality-progress}") String schedulerName) {
		this.jdbc = jdbc;
		this.triggers = triggers;
		this.schedulerName = schedulerName;
	}

	@Override
	public void customize(SchedulerFactoryBean schedulerFactoryBean) {
		keep(triggers);
	}

	void keep(List<Trigger> configured) {
		for (Trigger trigger : configured) {
			if (trigger instanceof CronTrigger cron && trigger instanceof MutableTrigger mutable) {
				stored(cron).ifPresent(next -> {
					mutable.setStartTime(next);
					if (next.before(new Date())) {
						log.info("Trigger {} missed its firing at {} while the service was down; it runs once now",
								trigger.getKey(), next.toInstant());
					}
				});
			}
		}
	}

	private Optional<Date> stored(CronTrigger cron) {
		try {
			return jdbc.sql("""
					SELECT t.NEXT_FIRE_TIME FROM QRTZ_TRIGGERS t JOIN QRTZ_CRON_TRIGGERS c
						ON c.SCHED_NAME = t.SCHED_NAME AND c.TRIGGER_NAME = t.TRIGGER_NAME AND c.TRIGGER_GROUP = t.TRIGGER_GROUP
					WHERE t.SCHED_NAME = ? AND t.TRIGGER_NAME = ? AND t.TRIGGER_GROUP = ?
						AND c.CRON_EXPRESSION = ? AND c.TIME_ZONE_ID = ? AND t.NEXT_FIRE_TIME > 0""")
				.params(schedulerName, cron.getKey().getName(), cron.getKey().getGroup(), cron.getCronExpression(),
						cron.getTimeZone().getID())
				.query(Long.class)
				.optional()
				.map(Date::new);
		}
		catch (DataAccessException ex) {
			return Optional.empty(); // nothing stored yet (a new database)
		}
	}

}
