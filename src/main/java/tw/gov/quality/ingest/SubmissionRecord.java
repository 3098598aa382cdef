package tw.gov.quality.ingest;

import java.time.LocalDateTime;

/**
 * One received file as the console shows it.
 *
 * @param officeCode the office its folder belongs to, {@code null} for the inbox root or an unknown folder
 * @param state RECEIVED (archived, not yet read), ACCEPTED, REFUSED or DUPLICATE; REVIEWED or REVIEW_REFUSED for a
 * supervisor's returned 審查意見表
 * @param rocYear the period it reported on, when it could be read
 * @param duplicateOf for a DUPLICATE: the submission that first brought the same bytes
 * @param supersededBy for an accepted sheet: the later accepted one that replaced it
 * @param reingestOf for a re-ingested archived file: the submission it was copied from
 */
public record SubmissionRecord(long id, String folder, String officeCode, String originalName, String sha256,
		long sizeBytes, LocalDateTime receivedAt, String state, Integer rocYear, Integer quarter, Long duplicateOf,
		Long supersededBy, LocalDateTime processedAt, boolean hasReceipt, int errors, int warnings, Long reingestOf) {

	public String stateLabel() {
		return supersededBy != null && accepted() ? "已接受（已被後送版本取代）" : stateLabel(state);
	}

	/** A stored state as a person reads it: 已接受, 退件, 處理中... */
	public static String stateLabel(String state) {
		SubmissionStatus status = SubmissionStatus.of(state);
		if (status == null) {
			return "處理中";
		}
		return switch (status) {
			case ACCEPTED -> "已接受";
			case REFUSED -> "退件";
			case DUPLICATE -> "重複檔案";
			case REVIEWED -> "審查意見表已收受";
			case REVIEW_REFUSED -> "審查意見表退件";
			case WITHDRAWN -> "收件前已由寄件者移除";
			case RECEIVED -> "處理中";
		};
	}

	/** The file's name as a page shows it: control and direction characters written as {@code \\uXXXX}. */
	public String shownName() {
		return FileNames.printable(originalName);
	}

	/** 104年第2季, or a dash when the file could not be read that far. */
	public String periodLabel() {
		return rocYear == null || quarter == null ? "—" : rocYear + "年第" + quarter + "季";
	}

	public boolean accepted() {
		return SubmissionStatus.ACCEPTED.name().equals(state);
	}

	/** Whether a file in this stored state (none yet: {@code null}) is still to be read and answered. */
	public static boolean inProgress(String state) {
		SubmissionStatus status = SubmissionStatus.of(state);
		return status == null || status == SubmissionStatus.RECEIVED;
	}

	/** Whether the stored state says the file was refused (a progress sheet or a review form): its receipt says why. */
	public static boolean refused(String state) {
		return SubmissionStatus.REFUSED.name().equals(state) || SubmissionStatus.REVIEW_REFUSED.name().equals(state);
	}

}
