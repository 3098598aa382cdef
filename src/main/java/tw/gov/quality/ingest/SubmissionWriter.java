package tw.gov.quality.ingest;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import tw.gov.quality.review.ReviewForms;
import tw.gov.quality.review.TrackedItems;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Validation;

/**
 * Stores the chunk's outcomes (accepted rows, or the refusal, with the findings and the receipt the
 * processor wrote) in the chunk's transaction, in the chunk's order, one JDBC batch per statement; then,
 * in the same transaction and order, the review module stores each returned review form that passed its
 * checks (superseding an earlier one of the same office and quarter) and each accepted sheet's replies on
 * its tracked items. Runs on the step's thread only.
 */
class SubmissionWriter implements ItemWriter<Outcome> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

	private final SubmissionRepository submissions;

	private final Clock clock;

	private final SubmissionMetrics metrics;

	private final ReviewForms reviewForms;

	private final TrackedItems trackedItems;

	SubmissionWriter(SubmissionRepository submissions, Clock clock, SubmissionMetrics metrics, ReviewForms reviewForms,
			TrackedItems trackedItems) {
		this.submissions = submissions;
		this.reviewForms = reviewForms;
		this.trackedItems = trackedItems;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Override
	public void write(Chunk<? extends Outcome> chunk) throws Exception {
		LocalDateTime now = LocalDateTime.now(clock);
		submissions.store(chunk.getItems(), now);
		for (Outcome outcome : chunk) {
			ReceivedFile file = outcome.file();
			if (outcome.review() != null && SubmissionRepository.REVIEWED.equals(outcome.state())) {
				reviewForms.store(file.id(), outcome.review(), file.receivedAt(), now);
			}
			else if (SubmissionRepository.ACCEPTED.equals(outcome.state())) {
				trackedItems.storeReplies(file.id(), outcome.validation().period(), outcome.replies());
			}
			metrics.stored(outcome);
			log.info("Submission {} {} from {} ({}): {}; receipt {}", file.id(), outcome.state(),
					file.officeCode() == null ? "folder '" + FileNames.printable(file.folder()) + "'" : file.officeCode(),
					FileNames.printable(file.originalName()), why(outcome), outcome.receipt());
		}
	}

	/** In a few words: of which submission a duplicate is, or the findings and the first error's rule and cell. */
	static String why(Outcome outcome) {
		if (SubmissionRepository.DUPLICATE.equals(outcome.state())) {
			return "same bytes as submission " + outcome.duplicateOf();
		}
		Validation validation = outcome.validation();
		String counts = validation.errors() + " error(s), " + validation.warnings() + " warning(s)";
		return validation.findings()
			.stream()
			.filter(Finding::isError)
			.findFirst()
			.map(first -> counts + ", first " + first.rule() + (first.cell() == null ? "" : " at " + first.cell()))
			.orElse(counts);
	}

}
