package tw.gov.quality.reminder;

import java.time.LocalDateTime;
import java.util.List;

import tw.gov.quality.office.Office;
import tw.gov.quality.report.SubmissionState;
import tw.gov.quality.review.ScoreRecords;

/**
 * One reminder due: to an office about itself ({@link Stage#BEFORE}, {@link Stage#AFTER}) or to a
 * supervisor about the offices beneath it ({@link Stage#SUPERVISOR}), on one {@link Topic}.
 *
 * @param offices the offices the reminder is about, in registry order
 */
public record Reminder(Stage stage, Topic topic, Office recipient, List<Listed> offices) {

	public Reminder {
		offices = List.copyOf(offices);
	}

	/** A reminder about progress sheets. */
	public Reminder(Stage stage, Office recipient, List<Listed> offices) {
		this(stage, Topic.PROGRESS, recipient, offices);
	}

	/**
	 * An office as a reminder lists it: for a progress sheet its {@code state}, for a 評分紀錄 its
	 * {@code recordState} (the other one {@code null}); {@code receivedAt} is set only for what came late.
	 */
	public record Listed(Office office, SubmissionState state, ScoreRecords.State recordState, LocalDateTime deadline,
			LocalDateTime receivedAt) {

		public Listed(Office office, SubmissionState state, LocalDateTime deadline, LocalDateTime receivedAt) {
			this(office, state, null, deadline, receivedAt);
		}

		/** The office's 評分紀錄 as the reminder lists it. */
		static Listed scoreRecord(Office office, ScoreRecords.Record record) {
			return new Listed(office, null, record.state(), record.due(),
					record.state() == ScoreRecords.State.LATE ? record.receivedAt() : null);
		}

		public Topic topic() {
			return recordState == null ? Topic.PROGRESS : Topic.SCORE_RECORD;
		}

		/** 未繳, 逾期, 待繳 … or 逾期未送, 逾期送回, 待送 for a 評分紀錄 */
		public String stateLabel() {
			return recordState == null ? state.label() : recordState.label();
		}

		/** 繳交期限 for a progress sheet, 報送期限 for a 評分紀錄. */
		String deadlineLabel() {
			return recordState == null ? "繳交期限" : "報送期限";
		}

	}

	/** The recipient's e-mail address, {@code null} if none is configured. */
	public String email() {
		String email = recipient.contact() == null ? null : recipient.contact().email();
		return (email == null || email.isBlank()) ? null : email.strip();
	}

}
