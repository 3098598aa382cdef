package tw.gov.quality.reminder;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Date;

import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;

/** Writes one reminder as a mail (subject and body by {@link ReminderMail}) and hands it to the mail server. */
final class ReminderMailer {

	private static final Logger log = LoggerFactory.getLogger(ReminderMailer.class);

	private final OfficeRegistry offices;

	private final OfficeDeadlines deadlines;

	private final ReminderProperties properties;

	private final Clock clock;

	ReminderMailer(OfficeRegistry offices, OfficeDeadlines deadlines, ReminderProperties properties, Clock clock) {
		this.offices = offices;
		this.deadlines = deadlines;
		this.properties = properties;
		this.clock = clock;
	}

	void mail(JavaMailSender sender, Reminder reminder, ReportingPeriod period, LocalDateTime asOf) {
		Office supervisor = offices.find(reminder.recipient().parentCode()).orElse(null);
		ReminderMail mail = ReminderMail.of(reminder, period, asOf, supervisor, deadlines.supervisorDeadline(period));
		sender.send(message -> {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(properties.from());
			helper.setTo(new InternetAddress(reminder.email(), reminder.recipient().name(), "UTF-8"));
			helper.setSubject(mail.subject());
			helper.setText(mail.body(), false);
			helper.setSentDate(Date.from(clock.instant()));
			message.setHeader("Auto-Submitted", "auto-generated");
		});
		log.info("Reminder {} {} mailed to {} <{}>", reminder.stage(), period, reminder.recipient().code(),
				reminder.email());
	}

}
