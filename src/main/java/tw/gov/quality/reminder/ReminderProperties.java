package tw.gov.quality.reminder;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reminders to offices that have not submitted and to their supervisors.
 *
 * @param daysBefore the {@link Stage#BEFORE} reminder is due from this many calendar days before an
 * office's deadline (its date, whatever the time of day) until the deadline
 * @param from the sender of every reminder e-mail
 * @param mailEnabled whether to e-mail reminders when a mail server is configured
 * ({@code spring.mail.host}); either way every reminder is listed in a workbook
 * @param stages the stages that are sent; the others are never due
 */
@ConfigurationProperties("quality.reminders")
record ReminderProperties(@DefaultValue("3") int daysBefore, @DefaultValue("quality-progress@localhost") String from,
		@DefaultValue("true") boolean mailEnabled,
		@DefaultValue({ "BEFORE", "AFTER", "SUPERVISOR" }) Set<Stage> stages) {

	ReminderProperties {
		if (daysBefore < 0) {
			throw new IllegalArgumentException("quality.reminders.days-before 不可為負數：" + daysBefore);
		}
		if (from == null || from.isBlank()) {
			throw new IllegalArgumentException("請設定 quality.reminders.from（提醒信的寄件人）");
		}
		stages = Set.copyOf(stages);
	}

}
