package tw.gov.quality.reminder;

import java.time.LocalDateTime;
import java.util.List;

import tw.gov.quality.office.Office;
import tw.gov.quality.report.SubmissionState;

/**
 * One reminder due: to an office about itself ({@link Stage#BEFORE}, {@link Stage#AFTER}) or to a
 * supervisor about the offices beneath it ({@link Stage#SUPERVISOR}).
 *
 * @param offices the offices the reminder is about, in registry order
 */
public record Reminder(Stage stage, Office recipient, List<Listed> offices) {

	public Reminder {
		offices = List.copyOf(offices);
	}

	/** An office as a reminder lists it; {@code receivedAt} is set only for a late submission. */
	public record Listed(Office office, SubmissionState state, LocalDateTime deadline, LocalDateTime receivedAt) {
	}

	/** The recipient's e-mail address, {@code null} if none is configured. */
	public String email() {
		String email = recipient.contact() == null ? null : recipient.contact().email();
		return (email == null || email.isBlank()) ? null : email.strip();
	}

}
