package tw.gov.quality.ingest;

import java.nio.file.Path;

import tw.gov.quality.validation.Validation;

/**
 * What became of one received file.
 *
 * @param duplicateOf for a DUPLICATE: the submission that first brought the same bytes
 * @param receipt the receipt written for it; {@code null} until it is
 */
record Outcome(ReceivedFile file, String state, Validation validation, Long duplicateOf, Path receipt) {

	Outcome(ReceivedFile file, String state, Validation validation, Long duplicateOf) {
		this(file, state, validation, duplicateOf, null);
	}

	boolean accepted() {
		return SubmissionRepository.ACCEPTED.equals(state);
	}

	Outcome answeredBy(Path receipt) {
		return new Outcome(file, state, validation, duplicateOf, receipt);
	}

}
