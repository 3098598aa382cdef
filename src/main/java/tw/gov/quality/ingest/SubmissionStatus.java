package tw.gov.quality.ingest;

/**
 * What became of a submitted file, as the {@code submission.state} column stores it (by name). Not an
 * office's quarter ({@link tw.gov.quality.report.SubmissionState}: on time, late, missing...).
 */
enum SubmissionStatus {

	/** Recorded; archived or being archived, not yet read and answered. */
	RECEIVED,

	/** An office's progress sheet that passed its checks. */
	ACCEPTED,

	/** An office's progress sheet refused. */
	REFUSED,

	/** The same bytes as an earlier file of the same folder: answered by that one's outcome. */
	DUPLICATE,

	/** A supervisor's returned 審查意見表 that passed its checks (stored by the review module). */
	REVIEWED,

	/** A returned 審查意見表 refused: kept apart from REFUSED, which says an office's progress sheet was refused. */
	REVIEW_REFUSED,

	/** Recorded, then gone from the inbox before it could be archived: nothing to read or answer. */
	WITHDRAWN;

	/** The stored state, or {@code null} for one this version does not know. */
	static SubmissionStatus of(String stored) {
		for (SubmissionStatus status : values()) {
			if (status.name().equals(stored)) {
				return status;
			}
		}
		return null;
	}

	/** An accepted progress sheet, or a review form that passed its checks. */
	boolean accepted() {
		return this == ACCEPTED || this == REVIEWED;
	}

	boolean reviewForm() {
		return this == REVIEWED || this == REVIEW_REFUSED;
	}

}
