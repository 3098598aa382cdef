package tw.gov.quality.reminder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.gov.quality.Folders;
import tw.gov.quality.formats.PendingConversions;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;

/**
 * Sends the reminders due at a moment, each once per recipient, quarter and stage: by e-mail when a
 * mail server is configured ({@code spring.mail.host}) and the recipient has an address, and always
 * in the run's 催繳清單 workbook under {@code output/reminders/<year>/Q<quarter>/}, one per stage
 * that had something to send.
 * <p>
 * Each reminder is its own transaction: the reminder_sent row is inserted first (a duplicate key
 * means another run already sent it: skipped), then the mail is sent; a failed mail rolls the row
 * back so that the next run tries again. A crash between the mail and the commit can send a mail
 * twice, never zero times.
 */
@Component
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final DueReminders due;

	private final ReminderLedger ledger;

	private final ObjectProvider<JavaMailSender> mailSenders;

	private final TransactionTemplate transactions;

	private final ReminderProperties properties;

	private final Clock clock;

	private final ReminderMailer mailer;

	private final ReminderLists lists;

	Reminders(DueReminders due, ReminderLedger ledger, OfficeRegistry offices, OfficeDeadlines deadlines,
			ObjectProvider<JavaMailSender> mailSenders, PlatformTransactionManager transactionManager,
			ReminderProperties properties, Folders folders, Clock clock, PendingConversions conversions) {
		this.due = due;
		this.ledger = ledger;
		this.mailSenders = mailSenders;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.clock = clock;
		this.mailer = new ReminderMailer(offices, deadlines, properties, clock);
		this.lists = new ReminderLists(folders, conversions);
	}

	/** One reminder of this run and how it was delivered; {@code failure} says why a mail failed. */
	public record Outcome(Reminder reminder, Delivery delivery, String failure) {
	}

	/**
	 * What one run did.
	 *
	 * @param outcomes the reminders this run sent (or failed to send), in the order they were due
	 * @param alreadySent due reminders skipped because an earlier run sent them
	 * @param workbooks the 催繳清單 written, one per stage with outcomes
	 */
	public record Result(ReportingPeriod period, LocalDateTime asOf, List<Outcome> outcomes, int alreadySent,
			List<Path> workbooks) {

		public Result {
			outcomes = List.copyOf(outcomes);
			workbooks = List.copyOf(workbooks);
		}

		/** Recorded as sent, by mail or only in the workbook. */
		public List<Outcome> sent() {
			return outcomes.stream().filter(outcome -> outcome.delivery() != Delivery.FAILED).toList();
		}

		public List<Outcome> failed() {
			return outcomes.stream().filter(outcome -> outcome.delivery() == Delivery.FAILED).toList();
		}

	}

	public Result send(ReportingPeriod period, LocalDateTime asOf) {
		LocalDateTime runAt = LocalDateTime.now(clock);
		JavaMailSender sender = properties.mailEnabled() ? mailSenders.getIfAvailable() : null;
		List<Outcome> outcomes = new ArrayList<>();
		int alreadySent = 0;
		try {
			for (Reminder reminder : due.at(period, asOf)) {
				Outcome outcome = deliver(reminder, period, asOf, runAt, sender);
				if (outcome == null) {
					alreadySent++;
				}
				else {
					outcomes.add(outcome);
				}
			}
		}
		catch (RuntimeException ex) {
			// What was committed before the failure is still listed, or an office without e-mail would never hear of it.
			try {
				lists.write(period, asOf, runAt, outcomes);
			}
			catch (RuntimeException suppressed) {
				ex.addSuppressed(suppressed);
			}
			throw ex;
		}
		List<Path> workbooks = lists.write(period, asOf, runAt, outcomes);
		lists.convert(period, workbooks);
		log.info("Reminders {} as of {}: {} sent ({} by mail), {} failed, {} already sent; {} list(s) written", period,
				asOf, outcomes.stream().filter(o -> o.delivery() != Delivery.FAILED).count(),
				outcomes.stream().filter(o -> o.delivery() == Delivery.MAIL).count(),
				outcomes.stream().filter(o -> o.delivery() == Delivery.FAILED).count(), alreadySent, workbooks.size());
		return new Result(period, asOf, outcomes, alreadySent, workbooks);
	}

	/** @return {@code null} if an earlier run already sent the reminder */
	private Outcome deliver(Reminder reminder, ReportingPeriod period, LocalDateTime asOf, LocalDateTime runAt,
			JavaMailSender sender) {
		Delivery delivery = sender == null ? Delivery.NO_MAIL_SERVER
				: reminder.email() == null ? Delivery.NO_ADDRESS : Delivery.MAIL;
		try {
			Boolean claimed = transactions.execute(status -> {
				if (!ledger.claim(reminder, period, delivery.channel(), runAt)) {
					return false;
				}
				if (delivery == Delivery.MAIL) {
					mailer.mail(sender, reminder, period, asOf);
				}
				return true;
			});
			if (!Boolean.TRUE.equals(claimed)) {
				log.debug("Reminder {} {} to {} already sent by an earlier run", reminder.stage(), period,
						reminder.recipient().code());
				return null;
			}
			if (delivery != Delivery.MAIL) {
				log.info("Reminder {} {} to {} recorded, {}: listed in the workbook only", reminder.stage(), period,
						reminder.recipient().code(), delivery);
			}
			return new Outcome(reminder, delivery, null);
		}
		catch (MailException ex) {
			log.warn("Reminder {} {} to {} <{}> not sent; the next run retries", reminder.stage(), period,
					reminder.recipient().code(), reminder.email(), ex);
			return new Outcome(reminder, Delivery.FAILED, ex.getMessage());
		}
	}

}
