package tw.gov.quality.ingest;

import java.util.List;

import tw.gov.quality.review.ReviewForm;
import tw.gov.quality.review.TrackedReply;
import tw.gov.quality.validation.Validation;

/**
 * What became of one received file.
 *
 * @param duplicateOf for a DUPLICATE: the submission that first brought the same bytes
 * @param review for a review form that passed its checks: what to store
 * @param replies for an accepted progress sheet: the office's replies on its tracked items
 */
record Outcome(ReceivedFile file, String state, Validation validation, Long duplicateOf, ReviewForm review,
		List<TrackedReply> replies) {

	boolean accepted() {
		return SubmissionRepository.ACCEPTED.equals(state) || SubmissionRepository.REVIEWED.equals(state);
	}

	boolean isReviewForm() {
		return SubmissionRepository.REVIEWED.equals(state) || SubmissionRepository.REVIEW_REFUSED.equals(state);
	}

}
