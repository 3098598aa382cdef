package tw.gov.quality.actions;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.BadRequest;
import tw.gov.quality.web.Confirmation;
import tw.gov.quality.web.NotFound;

import static tw.gov.quality.actions.ActionAudit.parameters;

/** Grants one office a later deadline for one quarter, at once. */
@Component
class ExtendAction {

	/** {@code deadline_extension.reason}. */
	static final int MAX_REASON = 500;

	private final OfficeRegistry offices;

	private final OfficeDeadlines deadlines;

	private final ActionAudit audit;

	private final Clock clock;

	ExtendAction(OfficeRegistry offices, OfficeDeadlines deadlines, ActionAudit audit, Clock clock) {
		this.offices = offices;
		this.deadlines = deadlines;
		this.audit = audit;
		this.clock = clock;
	}

	Confirmation describe(ConsoleUser user, String officeCode, ReportingPeriod period, LocalDateTime until,
			String reason) {
		Office found = offices.find(officeCode).orElseThrow(() -> new NotFound("查無機關代碼 " + officeCode));
		return Confirmation.of("准予延期", "該機關本季的繳交期限將延至下列時間，並記錄核准人與原因。", "/actions/extend", "/actions")
			.fact("機關", found.code() + " " + found.name())
			.fact("期間", period.label())
			.fact("目前繳交期限", RocDates.dateTime(deadlines.deadline(found.code(), period)))
			.fact("延期至", RocDates.dateTime(until))
			.fact("原因", reason)
			.fact("核准人", user.username())
			.field("office", found.code())
			.field("year", period.rocYear())
			.field("quarter", period.quarter())
			.field("until", until.toString())
			.field("reason", reason);
	}

	ActionResult run(ConsoleUser user, String officeCode, ReportingPeriod period, LocalDateTime until, String reason) {
		Office office = offices.find(officeCode).orElseThrow(() -> new BadRequest("查無機關代碼 " + officeCode));
		if (offices.isSupervisor(office.code())) {
			throw new BadRequest(office.name() + " 是上級機關，不需繳交進度回報，無法延期");
		}
		String stripped = checkReason(reason);
		LocalDateTime before = deadlines.deadline(office.code(), period);
		if (!until.isAfter(before)) {
			throw new BadRequest("延期後的期限必須晚於目前的繳交期限 " + RocDates.dateTime(before));
		}
		LocalDateTime now = LocalDateTime.now(clock);
		deadlines.grant(new OfficeDeadlines.Extension(office.code(), period, until, stripped, user.username(), now));
		String message = "已准予 " + office.name() + " " + period.label() + "延期：繳交期限由 " + RocDates.dateTime(before)
				+ " 延至 " + RocDates.dateTime(until);
		return audit.succeeded(user, AuditAction.EXTEND, parameters("office", office.code(), "year", period.rocYear(),
				"quarter", period.quarter(), "until", until, "reason", stripped), message, null);
	}

	/**
	 * The reason of an extension as {@code deadline_extension.reason} (VARCHAR(500), counted in characters)
	 * holds it: checked before the confirmation page and again before anything is written.
	 */
	static String checkReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BadRequest("請說明延期原因");
		}
		String stripped = reason.strip();
		int length = stripped.codePointCount(0, stripped.length());
		if (length > MAX_REASON) {
			throw new BadRequest("延期原因最多 " + MAX_REASON + " 字，目前為 " + length + " 字，請精簡後再送出");
		}
		return stripped;
	}

}
