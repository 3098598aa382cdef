package tw.gov.quality.reminder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import tw.gov.quality.Folders;
import tw.gov.quality.formats.PendingConversions;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestFixture;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.QuarterAssembler;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.report.SubmissionState;
import tw.gov.quality.review.ScoreRecords;
import tw.gov.quality.ingest.IngestTesting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders on the real application with an in-process SMTP server (GreenMail), for 104年第2季: the
 * thirteen 行政執行署 branches report on the ministry's plan, their deadline is 104年7月10日 23:59:59,
 * and config/application.yml gives e-mail addresses to MOJ-AEA, AEA-TPE, AEA-NTP, AEA-TXG and
 * AEA-KHH only.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RemindersTests {

	private static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	private static final String DEADLINE = "104年7月10日 23:59:59";

	private static final List<String> MAILED_OFFICES = List.of("aea-tpe@example.gov.tw", "aea-ntp@example.gov.tw",
			"aea-txg@example.gov.tw", "aea-khh@example.gov.tw");

	private static final String SUPERVISOR_MAIL = "aea@example.gov.tw";

	/** One server for the class: the application context keeps the port it was given. */
	@RegisterExtension
	static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> greenMail.getSmtp().getBindTo());
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
	}

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Folders folders;

	@Autowired
	PendingConversions conversions;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("ingestJob")
	Job ingestJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	@Autowired
	QuarterAssembler assembler;

	@Autowired
	OfficeDeadlines deadlines;

	@Autowired
	ObjectProvider<JavaMailSender> mailSenders;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	ReminderProperties properties;

	@Autowired
	Clock clock;

	@Autowired
	ScoreRecords scoreRecords;

	@Autowired
	Consolidation consolidation;

	IngestFixture submissions;

	private final List<Path> written = new ArrayList<>();

	@BeforeEach
	void startClean() throws Exception {
		// Deletes every submission, the inbox and the archive: other test classes share the database.
		submissions = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
		jdbc.sql("DELETE FROM reminder_sent").update();
		greenMail.purgeEmailFromAllMailboxes();
	}

	/** Only the workbooks this test wrote: the output folder is the configured one. */
	@AfterEach
	void deleteWorkbooks() throws Exception {
		for (Path workbook : written) {
			Files.deleteIfExists(workbook);
		}
	}

	@Test
	void theBeforeReminderGoesToPendingOfficesFromThreeDaysBeforeTheDeadline() throws Exception {
		List<String> expected = assembler.expectedOffices(Q2).stream().map(Office::code).toList();
		assertThat(expected).hasSize(13).allMatch(code -> code.startsWith("AEA-"));

		Reminders.Result fourDaysBefore = send(reminders, LocalDateTime.of(2015, 7, 6, 9, 0));

		assertThat(fourDaysBefore.outcomes()).isEmpty();
		assertThat(fourDaysBefore.workbooks()).isEmpty();
		assertThat(greenMail.getReceivedMessages()).isEmpty();

		Reminders.Result threeDaysBefore = send(reminders, LocalDateTime.of(2015, 7, 7, 9, 0));

		assertThat(threeDaysBefore.outcomes()).extracting(o -> o.reminder().stage()).containsOnly(Stage.BEFORE);
		assertThat(threeDaysBefore.sent()).extracting(o -> o.reminder().recipient().code())
			.containsExactlyElementsOf(expected);
		assertThat(recipients()).containsExactlyInAnyOrderElementsOf(MAILED_OFFICES);
		assertThat(delivery(threeDaysBefore, "AEA-TPE")).isEqualTo(Delivery.MAIL);
		assertThat(delivery(threeDaysBefore, "AEA-ILA")).isEqualTo(Delivery.NO_ADDRESS);

		MimeMessage mail = mailTo("aea-tpe@example.gov.tw");
		assertThat(mail.getSubject()).contains("提醒").contains("法務部行政執行署臺北分署").contains("104年第2季").contains(DEADLINE);
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo(properties.from());
		assertThat(body(mail)).contains("法務部行政執行署臺北分署 陳怡君 您好")
			.contains("104年第2季（104年1月至6月）")
			.contains("繳交期限為 " + DEADLINE)
			.contains("截至 104年7月7日 09:00:00 尚未收到")
			.contains("資料夾（AEA-TPE）")
			.contains("如有疑問，請洽法務部行政執行署（王大明／02-0000-0100／aea@example.gov.tw）");

		assertThat(threeDaysBefore.workbooks()).singleElement().satisfies(workbook -> {
			assertThat(workbook.getParent()).isEqualTo(folders.output().resolve("reminders/104/Q2"));
			assertThat(workbook.getFileName().toString()).startsWith("催繳清單_BEFORE_").endsWith(".xlsx");
			assertThat(ReminderWorkbooks.lines(workbook)).contains("104年第2季進度回報催繳清單（截止前提醒）")
				.contains("計算基準時間 | 104年7月7日 09:00:00")
				.contains("通知件數 | 共 13 件：已寄送電子郵件 4 件、僅列於本清單 9 件、寄送失敗 0 件");
			List<String> rows = ReminderWorkbooks.rows(workbook);
			assertThat(rows).hasSize(13);
			assertThat(rows).contains("2 | AEA-NTP 法務部行政執行署新北分署 | aea-ntp@example.gov.tw | 已寄送電子郵件 | 進度回報 | AEA-NTP"
					+ " | 法務部行政執行署新北分署 | 待繳 | " + DEADLINE + " | 林志豪 | 02-0000-0102");
			assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("13 | AEA-ILA 法務部行政執行署宜蘭分署 | （未設定） | "
					+ "未設定電子郵件信箱，僅列於本清單，請以電話或公文通知 | 進度回報 | AEA-ILA").endsWith("吳淑芬 | 03-0000-0105"));
		});
		assertThat(channels()).containsEntry("AEA-TPE/BEFORE", "MAIL").containsEntry("AEA-ILA/BEFORE", "WORKBOOK").hasSize(13);
	}

	@Test
	void theLogHasALinePerReminderAndPerListAndOneSummary(CapturedOutput output) {
		send(reminders, LocalDateTime.of(2015, 7, 7, 9, 0));

		assertThat(output).contains("Reminder BEFORE 104Q2 mailed to AEA-TPE <aea-tpe@example.gov.tw>")
			.contains("Reminder BEFORE 104Q2 to AEA-ILA recorded, NO_ADDRESS: listed in the workbook only")
			.containsPattern("Reminder list \\S+催繳清單_BEFORE_\\S+\\.xlsx written: 13 reminder\\(s\\)")
			.contains("Reminders 104Q2 as of 2015-07-07T09:00: 13 sent (4 by mail), 0 failed, 0 already sent; "
					+ "1 list(s) written");
	}

	@Test
	void afterTheDeadlineMissingOfficesAreChasedAndTheSupervisorGetsTheList() throws Exception {
		submissions.drop("AEA-TPE", 104, 2, "臺北分署第2季.xlsx", LocalDateTime.of(2015, 7, 5, 10, 30), entries -> {
		});
		submissions.drop("AEA-TXG", 104, 2, "臺中分署第2季.xlsx", LocalDateTime.of(2015, 7, 12, 9, 0), entries -> {
		});
		Path notASheet = submissions.inbox("AEA-KHH", "高雄分署第2季.xlsx");
		Files.writeString(notASheet, "not a workbook");
		IngestFixture.touch(notASheet, LocalDateTime.of(2015, 7, 8, 9, 0));
		assertThat(submissions.ingest().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		Reminders.Result result = send(reminders, LocalDateTime.of(2015, 7, 13, 9, 0));

		List<Reminder> after = result.sent()
			.stream()
			.map(Reminders.Outcome::reminder)
			.filter(reminder -> reminder.stage() == Stage.AFTER)
			.toList();
		assertThat(after).hasSize(11)
			.extracting(reminder -> reminder.recipient().code())
			.doesNotContain("AEA-TPE", "AEA-TXG")
			.contains("AEA-NTP", "AEA-KHH", "AEA-ILA");
		assertThat(after).filteredOn(reminder -> reminder.recipient().code().equals("AEA-KHH"))
			.singleElement()
			.satisfies(reminder -> assertThat(reminder.offices().get(0).state())
				.isEqualTo(SubmissionState.REFUSED_UNCORRECTED));
		Reminder supervisor = result.sent()
			.stream()
			.map(Reminders.Outcome::reminder)
			.filter(reminder -> reminder.stage() == Stage.SUPERVISOR)
			.reduce((a, b) -> {
				throw new AssertionError("one supervisor expected");
			})
			.orElseThrow();
		assertThat(supervisor.recipient().code()).isEqualTo("MOJ-AEA");
		assertThat(supervisor.offices()).hasSize(12)
			.extracting(listed -> listed.office().code())
			.doesNotContain("AEA-TPE")
			.contains("AEA-TXG", "AEA-NTP", "AEA-KHH", "AEA-ILA");
		assertThat(recipients()).containsExactlyInAnyOrder("aea-ntp@example.gov.tw", "aea-khh@example.gov.tw",
				SUPERVISOR_MAIL);

		MimeMessage missing = mailTo("aea-ntp@example.gov.tw");
		assertThat(missing.getSubject()).isEqualTo("【催繳】法務部行政執行署新北分署 104年第2季進度回報已逾繳交期限（" + DEADLINE + "）");
		assertThat(body(missing)).contains("繳交期限為 " + DEADLINE + "，已經逾期")
			.contains("截至 104年7月13日 09:00:00 尚未收到貴機關的進度回報");
		assertThat(body(mailTo("aea-khh@example.gov.tw"))).contains("退件").contains("尚未補正").contains("依回執");

		MimeMessage list = mailTo(SUPERVISOR_MAIL);
		assertThat(list.getSubject()).contains("法務部行政執行署所屬機關104年第2季進度回報逾期及未繳清單（共 12 個機關）");
		assertThat(body(list)).contains("法務部行政執行署 王大明 您好")
			.contains("AEA-NTP 法務部行政執行署新北分署：未繳（繳交期限 " + DEADLINE + "）")
			.contains("AEA-TXG 法務部行政執行署臺中分署：逾期（繳交期限 " + DEADLINE + "，收件時間 104年7月12日 09:00:00）")
			.contains("AEA-KHH 法務部行政執行署高雄分署：退件未補正")
			.contains("AEA-ILA 法務部行政執行署宜蘭分署：未繳")
			.contains("聯絡人：吳淑芬／03-0000-0105")
			.contains("彙整執行成果報告的期限為 104年7月20日 23:59:59")
			.doesNotContain("AEA-TPE");

		assertThat(result.workbooks()).extracting(path -> path.getFileName().toString())
			.satisfiesExactly(name -> assertThat(name).startsWith("催繳清單_AFTER_"),
					name -> assertThat(name).startsWith("催繳清單_SUPERVISOR_"));
		List<String> supervisorRows = ReminderWorkbooks.rows(result.workbooks().get(1));
		assertThat(supervisorRows).hasSize(12)
			.allMatch(row -> row.contains(" | MOJ-AEA 法務部行政執行署 | aea@example.gov.tw | 已寄送電子郵件 | "))
			.anyMatch(row -> row.contains("| AEA-TXG | 法務部行政執行署臺中分署 | 逾期 | " + DEADLINE
					+ " | 104年7月12日 09:00:00 | 張雅婷"));
	}

	@Test
	void eachReminderIsSentOnceAcrossRerunsAndRestarts() throws Exception {
		LocalDateTime threeDaysBefore = LocalDateTime.of(2015, 7, 7, 9, 0);
		assertThat(send(reminders, threeDaysBefore).sent()).hasSize(13);
		assertThat(greenMail.getReceivedMessages()).hasSize(4);

		Reminders.Result rerun = send(reminders, threeDaysBefore);
		Reminders.Result dayBefore = send(restarted(), LocalDateTime.of(2015, 7, 9, 9, 0));

		for (Reminders.Result nothingNew : List.of(rerun, dayBefore)) {
			assertThat(nothingNew.outcomes()).isEmpty();
			assertThat(nothingNew.alreadySent()).isEqualTo(13);
			assertThat(nothingNew.workbooks()).isEmpty();
		}
		assertThat(greenMail.getReceivedMessages()).hasSize(4);

		LocalDateTime afterDeadline = LocalDateTime.of(2015, 7, 11, 9, 0);
		Reminders.Result chased = send(reminders, afterDeadline);
		assertThat(chased.sent()).extracting(o -> o.reminder().stage())
			.containsOnly(Stage.AFTER, Stage.SUPERVISOR)
			.hasSize(14);
		assertThat(send(restarted(), afterDeadline).outcomes()).isEmpty();
		assertThat(send(restarted(), afterDeadline.plusDays(10)).alreadySent()).isEqualTo(14);

		assertThat(recipients()).hasSize(9);
		for (String office : MAILED_OFFICES) {
			assertThat(recipients()).filteredOn(office::equals).as(office).hasSize(2);
		}
		assertThat(recipients()).filteredOn(SUPERVISOR_MAIL::equals).hasSize(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder_sent").query(Integer.class).single()).isEqualTo(27);
		assertThat(written).extracting(path -> path.getFileName().toString().split("_")[1])
			.containsExactly("BEFORE", "AFTER", "SUPERVISOR");
	}

	@Test
	void aMailThatFailsIsNotRecordedAndTheNextRunSendsIt() throws Exception {
		JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
		unreachable.setHost("127.0.0.1");
		unreachable.setPort(closedPort());
		LocalDateTime threeDaysBefore = LocalDateTime.of(2015, 7, 7, 9, 0);

		Reminders.Result failed = send(restarted(unreachable), threeDaysBefore);

		assertThat(failed.failed()).hasSize(4).allSatisfy(outcome -> assertThat(outcome.failure()).isNotBlank());
		assertThat(failed.sent()).hasSize(9);
		assertThat(ReminderWorkbooks.lines(failed.workbooks().get(0)))
			.contains("通知件數 | 共 13 件：已寄送電子郵件 0 件、僅列於本清單 9 件、寄送失敗 4 件")
			.anyMatch(line -> line.contains("AEA-TPE") && line.contains("電子郵件寄送失敗，下次執行時會重新寄送"));
		assertThat(channels()).hasSize(9).doesNotContainKey("AEA-TPE/BEFORE");

		Reminders.Result retried = send(reminders, threeDaysBefore);

		assertThat(retried.sent()).extracting(o -> o.reminder().recipient().code())
			.containsExactlyInAnyOrder("AEA-TPE", "AEA-NTP", "AEA-TXG", "AEA-KHH");
		assertThat(retried.alreadySent()).isEqualTo(9);
		assertThat(recipients()).containsExactlyInAnyOrderElementsOf(MAILED_OFFICES);
	}

	/**
	 * 107年第2季: 新北分署's plan (seed 000) holds a 考核 every half year, its 評分紀錄 due 10 days after it. Its sheet
	 * came on time and MOJ-AEA was sent its review form; no form came back with a score. The 考核 is taken as held
	 * by the end of the quarter's review (107年7月20日), so the record is due by 107年7月30日.
	 */
	@Test
	void aScoreRecordNotSentBackIsRemindedBeforeAndChasedAfterItsDeadlineOncePerStage() throws Exception {
		IngestTesting inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
		inbox.dropGoodSheet("AEA-NTP", Q2_107, LocalDateTime.of(2018, 7, 8, 10, 0));
		inbox.ingest();
		assertThat(consolidation.consolidate(Q2_107, "MOJ-AEA", LocalDateTime.of(2018, 7, 15, 9, 0)).completed()).isTrue();

		assertThat(scoreReminders(send(reminders, Q2_107, LocalDateTime.of(2018, 7, 26, 9, 0)))).isEmpty();

		Reminders.Result before = send(reminders, Q2_107, LocalDateTime.of(2018, 7, 27, 9, 0));
		assertThat(scoreReminders(before)).singleElement().satisfies(reminder -> {
			assertThat(reminder.stage()).isEqualTo(Stage.BEFORE);
			assertThat(reminder.recipient().code()).isEqualTo("AEA-NTP");
		});
		MimeMessage reminded = mailAbout("aea-ntp@example.gov.tw", "考核評分紀錄");
		assertThat(reminded.getSubject())
			.isEqualTo("【提醒】法務部行政執行署新北分署 107年第2季考核評分紀錄請於 " + RECORD_DUE + " 前報送");
		assertThat(body(reminded)).contains("法務部行政執行署新北分署 林志豪 您好")
			.contains("107年第2季（107年1月至6月）考核的評分紀錄報送期限為 " + RECORD_DUE)
			.contains("截至 107年7月27日 09:00:00 尚未收到")
			.contains("評分紀錄以法務部行政執行署填入考核評分並送回的審查意見表為準");

		greenMail.purgeEmailFromAllMailboxes();
		Reminders.Result after = send(reminders, Q2_107, LocalDateTime.of(2018, 7, 31, 9, 0));
		assertThat(scoreReminders(after)).extracting(reminder -> reminder.stage() + " " + reminder.recipient().code())
			.containsExactly("AFTER AEA-NTP", "SUPERVISOR MOJ-AEA");
		assertThat(mailAbout("aea-ntp@example.gov.tw", "考核評分紀錄").getSubject())
			.isEqualTo("【催繳】法務部行政執行署新北分署 107年第2季考核評分紀錄已逾報送期限（" + RECORD_DUE + "）");
		MimeMessage told = mailAbout(SUPERVISOR_MAIL, "考核評分紀錄");
		assertThat(told.getSubject()).isEqualTo("【通知】法務部行政執行署所屬機關107年第2季考核評分紀錄逾期清單（共 1 個機關）");
		assertThat(body(told)).contains("1. AEA-NTP 法務部行政執行署新北分署：逾期未送（報送期限 " + RECORD_DUE + "）")
			.contains("聯絡人：林志豪／02-0000-0102／aea-ntp@example.gov.tw");
		Path afterList = after.workbooks()
			.stream()
			.filter(path -> path.getFileName().toString().startsWith("催繳清單_AFTER_"))
			.findFirst()
			.orElseThrow();
		assertThat(ReminderWorkbooks.lines(afterList)).anyMatch(line -> line.startsWith("107年第2季")
				&& line.contains("考核評分紀錄催繳清單（逾期催繳）"));
		assertThat(ReminderWorkbooks.rows(afterList)).anyMatch(row -> row.endsWith(" | AEA-NTP 法務部行政執行署新北分署 | "
				+ "aea-ntp@example.gov.tw | 已寄送電子郵件 | 考核評分紀錄 | AEA-NTP | 法務部行政執行署新北分署 | 逾期未送 | " + RECORD_DUE
				+ " | 林志豪 | 02-0000-0102"));

		Reminders.Result rerun = send(restarted(), Q2_107, LocalDateTime.of(2018, 8, 5, 9, 0));
		assertThat(scoreReminders(rerun)).isEmpty();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder_sent WHERE topic = 'SCORE_RECORD'").query(Integer.class).single())
			.isEqualTo(3);
	}

	private static final ReportingPeriod Q2_107 = new ReportingPeriod(107, 2);

	private static final String RECORD_DUE = "107年7月30日 23:59:59";

	private static List<Reminder> scoreReminders(Reminders.Result result) {
		return result.sent()
			.stream()
			.map(Reminders.Outcome::reminder)
			.filter(reminder -> reminder.topic() == Topic.SCORE_RECORD)
			.toList();
	}

	/** The one message to the address whose subject mentions the text. */
	private static MimeMessage mailAbout(String address, String subject) throws Exception {
		List<MimeMessage> messages = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			for (Address to : message.getAllRecipients()) {
				if (((InternetAddress) to).getAddress().equals(address) && message.getSubject().contains(subject)) {
					messages.add(message);
				}
			}
		}
		assertThat(messages).as("messages to " + address + " about " + subject).hasSize(1);
		return messages.get(0);
	}

	/** Sends as of the moment and keeps the workbooks written, to delete them afterwards. */
	private Reminders.Result send(Reminders service, LocalDateTime asOf) {
		return send(service, Q2, asOf);
	}

	private Reminders.Result send(Reminders service, ReportingPeriod period, LocalDateTime asOf) {
		Reminders.Result result = service.send(period, asOf);
		written.addAll(result.workbooks());
		return result;
	}

	/** The same database, fresh beans: what a restarted service would build. */
	private Reminders restarted() {
		return restarted(mailSenders.getObject());
	}

	private Reminders restarted(JavaMailSender sender) {
		ObjectProvider<JavaMailSender> provider = new StaticListableBeanFactory(Map.of("mailSender", sender))
			.getBeanProvider(JavaMailSender.class);
		return new Reminders(new DueReminders(assembler, offices, properties, scoreRecords), new ReminderLedger(jdbc), offices,
				deadlines, provider, transactionManager, properties, folders, clock, conversions);
	}

	private static int closedPort() throws Exception {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static Delivery delivery(Reminders.Result result, String code) {
		return result.outcomes()
			.stream()
			.filter(o -> o.reminder().recipient().code().equals(code))
			.findFirst()
			.orElseThrow()
			.delivery();
	}

	/** Every received message's recipient, once per message. */
	private static List<String> recipients() throws Exception {
		List<String> recipients = new ArrayList<>();
		for (MimeMessage message : greenMail.getReceivedMessages()) {
			for (Address address : message.getAllRecipients()) {
				recipients.add(((InternetAddress) address).getAddress());
			}
		}
		return recipients;
	}

	private static MimeMessage mailTo(String address) throws Exception {
		List<MimeMessage> messages = Arrays.stream(greenMail.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients())
					.anyMatch(to -> ((InternetAddress) to).getAddress().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(messages).as("messages to " + address).hasSize(1);
		return messages.get(0);
	}

	private static String body(MimeMessage message) throws Exception {
		return (String) message.getContent();
	}

	/** reminder_sent as recipient/stage → channel. */
	private Map<String, String> channels() {
		return jdbc.sql("SELECT recipient_code, stage, channel FROM reminder_sent")
			.query((rs, n) -> Map.entry(rs.getString(1) + "/" + rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
