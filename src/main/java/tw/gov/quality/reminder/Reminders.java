package tw.gov.quality.reminder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.gov.quality.Folders;
import tw.gov.quality.formats.PendingConversions;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
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

	private final OfficeRegistry offices;

	private final OfficeDeadlines deadlines;

	private final ObjectProvider<JavaMailSender> mailSenders;

	private final TransactionTemplate transactions;

	private final ReminderProperties properties;

	private final Folders folders;

	private final Clock clock;

	private final ReminderWorkbook workbook = new ReminderWorkbook();

	private final PendingConversions conversions;

	Reminders(DueReminders due, ReminderLedger ledger, OfficeRegistry offices, OfficeDeadlines deadlines,
			ObjectProvider<JavaMailSender> mailSenders, PlatformTransactionManager transactionManager,
			ReminderProperties properties, Folders folders, Clock clock, PendingConversions conversions) {
		this.conversions = conversions;
		this.due = due;
		this.ledger = ledger;
		this.offices = offices;
		this.deadlines = deadlines;
		this.mailSenders = mailSenders;
		this.transactions = new TransactionTemplate(transactionManager);
		this.properties = properties;
		this.folders = folders;
		this.clock = clock;
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
				writeWorkbooks(period, asOf, runAt, outcomes);
			}
			catch (RuntimeException suppressed) {
				ex.addSuppressed(suppressed);
			}
			throw ex;
		}
		List<Path> workbooks = writeWorkbooks(period, asOf, runAt, outcomes);
		convert(period, workbooks);
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
					mail(sender, reminder, period, asOf);
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

	private void mail(JavaMailSender sender, Reminder reminder, ReportingPeriod period, LocalDateTime asOf) {
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

	/**
	 * The lists of the quarter also as .ods and PDF, after every reminder is committed; a failure is logged and
	 * the list is converted by the next run (it stays pending: its .xlsx has no .ods or PDF beside it).
	 */
	private void convert(ReportingPeriod period, List<Path> workbooks) {
		if (workbooks.isEmpty()) {
			return;
		}
		Path folder = workbooks.get(0).getParent();
		try {
			PendingConversions.Sweep sweep = conversions.sweep(folder, true);
			if (sweep.conversion().failed()) {
				log.warn("Reminder lists {}: {}; failed ones are tried again on the next run: {}", period, sweep.summary(),
						sweep.conversion().failures());
			}
			else if (!sweep.conversion().written().isEmpty()) {
				log.info("Reminder lists {}: {}", period, sweep.summary());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Reminder lists {} not converted, tried again on the next run: {}", period, ex.toString());
		}
	}

	private List<Path> writeWorkbooks(ReportingPeriod period, LocalDateTime asOf, LocalDateTime runAt,
			List<Outcome> outcomes) {
		Map<Stage, List<Outcome>> byStage = new EnumMap<>(Stage.class);
		outcomes.forEach(outcome -> byStage.computeIfAbsent(outcome.reminder().stage(), stage -> new ArrayList<>())
			.add(outcome));
		List<Path> written = new ArrayList<>();
		for (Map.Entry<Stage, List<Outcome>> entry : byStage.entrySet()) {
			Path target = ReminderWorkbook.target(folders.output(), period, entry.getKey(), runAt);
			try {
				workbook.write(period, entry.getKey(), asOf, runAt, entry.getValue(), target);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("催繳清單無法寫入 " + target + "：" + ex.getMessage(), ex);
			}
			log.info("Reminder list {} written: {} reminder(s)", target, entry.getValue().size());
			written.add(target);
		}
		return written;
	}

}
