package tw.gov.quality.reminder;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;

/**
 * reminder_sent: one row per recipient, quarter, stage and topic. The row is inserted before the reminder
 * goes out, in the same transaction: the primary key, not a prior read, decides whether this run
 * sends it, so reruns, restarts and a concurrent run on another node never send it twice.
 */
@Component
class ReminderLedger {

	private final JdbcClient jdbc;

	ReminderLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the row unless one exists. INSERT IGNORE rather than catching the duplicate key: same
	 * locking (a concurrent run's uncommitted row makes this wait for its outcome), but a rerun does not
	 * make the driver log one warning per reminder already sent.
	 *
	 * @return {@code false} if the reminder was already recorded (by any run)
	 */
	boolean claim(Reminder reminder, ReportingPeriod period, String channel, LocalDateTime sentAt) {
		int inserted = jdbc.sql("""
				INSERT IGNORE INTO reminder_sent (recipient_code, roc_year, quarter, stage, topic, sent_at, channel)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(reminder.recipient().code(), period.rocYear(), period.quarter(), reminder.stage().name(),
					reminder.topic().name(), Timestamp.valueOf(sentAt), channel)
			.update();
		return inserted == 1;
	}

}
