package tw.gov.quality.reminder;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.office.Office;
import tw.gov.quality.report.SubmissionState;

/** A reminder's e-mail, in Traditional Chinese with ROC dates. */
record ReminderMail(String subject, String body) {

	static final String SIGNATURE = "\n本信由服務品質執行計畫季進度彙報系統自動寄送。\n";

	/**
	 * @param supervisor the recipient's supervising office, for whom to ask; {@code null} at a root
	 * @param supervisorDeadline when the supervisor forwards its consolidated report
	 */
	static ReminderMail of(Reminder reminder, ReportingPeriod period, LocalDateTime asOf, Office supervisor,
			LocalDateTime supervisorDeadline) {
		if (reminder.topic() == Topic.SCORE_RECORD) {
			return ScoreRecordMail.of(reminder, period, asOf, supervisor);
		}
		return switch (reminder.stage()) {
			case BEFORE -> before(reminder, period, asOf, supervisor);
			case AFTER -> after(reminder, period, asOf, supervisor);
			case SUPERVISOR -> supervisor(reminder, period, asOf, supervisorDeadline);
		};
	}

	private static ReminderMail before(Reminder reminder, ReportingPeriod period, LocalDateTime asOf,
			Office supervisor) {
		Office office = reminder.recipient();
		String deadline = RocDates.dateTime(reminder.offices().get(0).deadline());
		String subject = "【提醒】" + office.name() + " " + period.label() + "進度回報請於 " + deadline + " 前繳交";
		String body = greeting(office) + "貴機關" + period.label() + "（" + period.coverage() + "）服務品質執行計畫進度回報，繳交期限為 "
				+ deadline + "；截至 " + RocDates.dateTime(asOf) + " 尚未收到可接受的進度回報檔。\n\n"
				+ "請於期限前將填妥的進度回報檔放入收件匣中貴機關的資料夾（" + office.code() + "），收件後系統會產生回執。\n"
				+ "若已繳交，請忽略本信。\n" + ask(supervisor) + SIGNATURE;
		return new ReminderMail(subject, body);
	}

	private static ReminderMail after(Reminder reminder, ReportingPeriod period, LocalDateTime asOf,
			Office supervisor) {
		Office office = reminder.recipient();
		Reminder.Listed listed = reminder.offices().get(0);
		String deadline = RocDates.dateTime(listed.deadline());
		String subject = "【催繳】" + office.name() + " " + period.label() + "進度回報已逾繳交期限（" + deadline + "）";
		String situation = listed.state() == SubmissionState.REFUSED_UNCORRECTED
				? "貴機關所送的檔案經檢查未通過（退件），截至 " + RocDates.dateTime(asOf) + " 尚未補正。\n請依回執所列事項修正後，重新放入收件匣中貴機關的資料夾（"
						+ office.code() + "）。\n"
				: "截至 " + RocDates.dateTime(asOf) + " 尚未收到貴機關的進度回報。\n請儘速將填妥的進度回報檔放入收件匣中貴機關的資料夾（" + office.code()
						+ "）。\n";
		String body = greeting(office) + "貴機關" + period.label() + "（" + period.coverage() + "）服務品質執行計畫進度回報的繳交期限為 "
				+ deadline + "，已經逾期。\n" + situation + "逾期及未繳情形將通知上級機關並列入季報。\n" + ask(supervisor) + SIGNATURE;
		return new ReminderMail(subject, body);
	}

	private static ReminderMail supervisor(Reminder reminder, ReportingPeriod period, LocalDateTime asOf,
			LocalDateTime supervisorDeadline) {
		Office supervisor = reminder.recipient();
		List<String> lines = listing(reminder);
		String subject = "【通知】" + supervisor.name() + "所屬機關" + period.label() + "進度回報逾期及未繳清單（共 "
				+ reminder.offices().size() + " 個機關）";
		String body = greeting(supervisor) + "截至 " + RocDates.dateTime(asOf) + "，貴機關所屬下列機關的" + period.label() + "（"
				+ period.coverage() + "）進度回報逾期繳交、尚未繳交或退件未補正：\n\n" + String.join("\n", lines) + "\n\n"
				+ "貴機關彙整執行成果報告的期限為 " + RocDates.dateTime(supervisorDeadline) + "。\n" + SIGNATURE;
		return new ReminderMail(subject, body);
	}

	/** 1. AEA-NTP 法務部行政執行署新北分署：未繳（繳交期限 …）, then its contact person, for each listed office. */
	static List<String> listing(Reminder reminder) {
		List<String> lines = new ArrayList<>();
		int seq = 1;
		for (Reminder.Listed listed : reminder.offices()) {
			lines.add(seq++ + ". " + listed.office().code() + " " + listed.office().name() + "：" + detail(listed));
			String contact = contact(listed.office());
			if (!contact.isEmpty()) {
				lines.add("   聯絡人：" + contact);
			}
		}
		return lines;
	}

	/** 未繳（繳交期限 …）, 逾期（繳交期限 …，收件時間 …）, 逾期未送（報送期限 …） */
	static String detail(Reminder.Listed listed) {
		String text = listed.stateLabel() + "（" + listed.deadlineLabel() + " " + RocDates.dateTime(listed.deadline());
		if (listed.receivedAt() != null) {
			text += "，收件時間 " + RocDates.dateTime(listed.receivedAt());
		}
		return text + "）";
	}

	/** 王大明／02-0000-0101／aea-tpe@example.gov.tw, leaving out what is not configured. */
	static String contact(Office office) {
		Office.Contact contact = office.contact() == null ? Office.Contact.NONE : office.contact();
		List<String> parts = new ArrayList<>();
		for (String part : new String[] { contact.person(), contact.phone(), contact.email() }) {
			if (part != null && !part.isBlank()) {
				parts.add(part.strip());
			}
		}
		return String.join("／", parts);
	}

	static String greeting(Office office) {
		String person = office.contact() == null ? null : office.contact().person();
		return office.name() + " " + (person == null || person.isBlank() ? "承辦人" : person.strip()) + " 您好：\n\n";
	}

	static String ask(Office supervisor) {
		if (supervisor == null) {
			return "";
		}
		String contact = contact(supervisor);
		return "如有疑問，請洽" + supervisor.name() + (contact.isEmpty() ? "" : "（" + contact + "）") + "。\n";
	}

}
