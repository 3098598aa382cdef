package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.util.List;

import tw.gov.quality.review.ReviewForm;
import tw.gov.quality.review.TrackedReply;
import tw.gov.quality.validation.Validation;

/**
 * What became of one received file.
 *
 * @param duplicateOf for a DUPLICATE: the submission that first brought the same bytes
 * @param receipt the receipt written for it; {@code null} until it is
 * @param review for a review form that passed its checks: what to store
 * @param replies for an accepted progress sheet: the office's replies on its tracked items
 */
record Outcome(ReceivedFile file, SubmissionStatus state, Validation validation, Long duplicateOf, Path receipt,
		ReviewForm review, List<TrackedReply> replies) {

	Outcome(ReceivedFile file, SubmissionStatus state, Validation validation, Long duplicateOf) {
		this(file, state, validation, duplicateOf, null, null, List.of());
	}

	Outcome(ReceivedFile file, SubmissionStatus state, Validation validation, Long duplicateOf, ReviewForm review,
			List<TrackedReply> replies) {
		this(file, state, validation, duplicateOf, null, review, replies);
	}

	/** An office's progress sheet accepted, or a supervisor's review form that passed its checks. */
	boolean accepted() {
		return state.accepted();
	}

	boolean isReviewForm() {
		return state.reviewForm();
	}

	Outcome answeredBy(Path receipt) {
		return new Outcome(file, state, validation, duplicateOf, receipt, review, replies);
	}

}
