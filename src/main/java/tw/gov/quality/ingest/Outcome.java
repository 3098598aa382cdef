package tw.gov.quality.ingest;

import tw.gov.quality.validation.Validation;

/**
 * What became of one received file.
 *
 * @param duplicateOf for a DUPLICATE: the submission that first brought the same bytes
 */
record Outcome(ReceivedFile file, String state, Validation validation, Long duplicateOf) {

	boolean accepted() {
		return SubmissionRepository.ACCEPTED.equals(state);
	}

}
