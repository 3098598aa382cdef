package tw.gov.quality.reminder;

import java.time.LocalDateTime;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.office.Office;

/**
 * A reminder about a 評分紀錄 (seed 000 伍.六: sent upward within 10 days of each 考核), in Traditional Chinese
 * with ROC dates. The record counts as sent when the supervisor returns the office's review form with the 考核
 * score filled in.
 */
final class ScoreRecordMail {

	private ScoreRecordMail() {
	}

	/** @param supervisor the recipient's supervising office; {@code null} at a root */
	static ReminderMail of(Reminder reminder, ReportingPeriod period, LocalDateTime asOf, Office supervisor) {
		return switch (reminder.stage()) {
			case BEFORE -> before(reminder, period, asOf, supervisor);
			case AFTER -> after(reminder, period, asOf, supervisor);
			case SUPERVISOR -> supervisor(reminder, period, asOf);
		};
	}

	private static ReminderMail before(Reminder reminder, ReportingPeriod period, LocalDateTime asOf,
			Office supervisor) {
		Office office = reminder.recipient();
		String due = RocDates.dateTime(reminder.offices().get(0).deadline());
		String subject = "【提醒】" + office.name() + " " + period.label() + "考核評分紀錄請於 " + due + " 前報送";
		String body = ReminderMail.greeting(office) + "依貴機關執行計畫，每次考核後應於期限內檢具評分紀錄報送上級機關。" + period.label()
				+ "（" + period.coverage() + "）考核的評分紀錄報送期限為 " + due + "；截至 " + RocDates.dateTime(asOf)
				+ " 尚未收到。\n\n" + recordedHow(supervisor) + "若已報送，請忽略本信。\n" + ReminderMail.ask(supervisor)
				+ ReminderMail.SIGNATURE;
		return new ReminderMail(subject, body);
	}

	private static ReminderMail after(Reminder reminder, ReportingPeriod period, LocalDateTime asOf,
			Office supervisor) {
		Office office = reminder.recipient();
		String due = RocDates.dateTime(reminder.offices().get(0).deadline());
		String subject = "【催繳】" + office.name() + " " + period.label() + "考核評分紀錄已逾報送期限（" + due + "）";
		String body = ReminderMail.greeting(office) + "貴機關" + period.label() + "（" + period.coverage()
				+ "）考核的評分紀錄報送期限為 " + due + "，已經逾期；截至 " + RocDates.dateTime(asOf) + " 尚未收到。\n"
				+ "請儘速檢具評分紀錄報送" + (supervisor == null ? "上級機關" : supervisor.name()) + "。\n" + recordedHow(supervisor)
				+ "逾期情形將通知上級機關。\n" + ReminderMail.ask(supervisor) + ReminderMail.SIGNATURE;
		return new ReminderMail(subject, body);
	}

	private static ReminderMail supervisor(Reminder reminder, ReportingPeriod period, LocalDateTime asOf) {
		Office supervisor = reminder.recipient();
		String subject = "【通知】" + supervisor.name() + "所屬機關" + period.label() + "考核評分紀錄逾期清單（共 "
				+ reminder.offices().size() + " 個機關）";
		String body = ReminderMail.greeting(supervisor) + "截至 " + RocDates.dateTime(asOf) + "，貴機關所屬下列機關"
				+ period.label() + "（" + period.coverage() + "）考核的評分紀錄逾期未送或逾期送回：\n\n"
				+ String.join("\n", ReminderMail.listing(reminder)) + "\n\n" + "請於審查意見表填入考核評分後，放入收件匣中貴機關的資料夾（"
				+ supervisor.code() + "）或由系統上傳，即完成登錄。\n" + ReminderMail.SIGNATURE;
		return new ReminderMail(subject, body);
	}

	private static String recordedHow(Office supervisor) {
		return "評分紀錄以" + (supervisor == null ? "上級機關" : supervisor.name()) + "填入考核評分並送回的審查意見表為準。\n";
	}

}
