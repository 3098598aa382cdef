package tw.gov.quality.ingest;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.review.ReviewForms;
import tw.gov.quality.review.TrackedItems;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Validation;

/**
 * Stores the chunk's outcomes (accepted rows, or the refusal, with the findings and the receipt the
 * processor wrote) in the chunk's transaction, in the chunk's order, batched per statement; then,
 * in the same transaction and order, the review module stores each returned review form that passed its
 * checks (superseding an earlier one of the same office and quarter) and each accepted sheet's replies on
 * its tracked items. Runs on the step's thread only.
 */
class SubmissionWriter implements ItemWriter<Outcome> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

	private final OutcomeStore submissions;

	private final Clock clock;

	private final SubmissionMetrics metrics;

	private final ReviewForms reviewForms;

	private final TrackedItems trackedItems;

	private final WorkClaims claims;

	private final PageLookups lookups;

	SubmissionWriter(OutcomeStore submissions, Clock clock, SubmissionMetrics metrics, ReviewForms reviewForms,
			TrackedItems trackedItems, WorkClaims claims, PageLookups lookups) {
		this.claims = claims;
		this.lookups = lookups;
		this.submissions = submissions;
		this.reviewForms = reviewForms;
		this.trackedItems = trackedItems;
		this.metrics = metrics;
		this.clock = clock;
	}

	@Override
	public void write(Chunk<? extends Outcome> chunk) throws Exception {
		LocalDateTime now = LocalDateTime.now(clock);
		// The reader's claims end when these outcomes commit (and stay until their lease ends if the chunk
		// rolls back). A claim lost meanwhile (a chunk slower than the lease) means another node took the
		// file over: that node stores and answers it, this chunk leaves it out. Released here, on the
		// chunk's own thread and in its transaction, never by the threads that processed the items.
		Set<String> stillHeld = claims.releaseAllInCurrentTransaction(
				chunk.getItems().stream().map(outcome -> IngestClaims.submission(outcome.file().id())).toList());
		List<Outcome> kept = new ArrayList<>(chunk.size());
		for (Outcome outcome : chunk) {
			if (stillHeld.contains(IngestClaims.submission(outcome.file().id()))) {
				kept.add(outcome);
			}
			else {
				log.warn("Submission {} was taken over by another node after its claim's lease ended; "
						+ "left to that node", outcome.file().id());
			}
		}
		submissions.store(kept, now, executionId());
		for (Outcome outcome : kept) {
			ReceivedFile file = outcome.file();
			if (outcome.review() != null && outcome.state() == SubmissionStatus.REVIEWED) {
				reviewForms.store(file.id(), outcome.review(), file.receivedAt(), now);
				lookups.trackedItemsChanged();
			}
			else if (outcome.state() == SubmissionStatus.ACCEPTED) {
				trackedItems.storeReplies(file.id(), outcome.validation().period(), outcome.replies());
			}
			metrics.stored(outcome);
			log.info("Submission {} {} from {} ({}): {}; receipt {}", file.id(), outcome.state(),
					file.officeCode() == null ? "folder '" + FileNames.printable(file.folder()) + "'" : file.officeCode(),
					FileNames.printable(file.originalName()), why(outcome), outcome.receipt());
		}
	}

	/** The ingestJob execution writing now, which the run's summary lists files by. */
	private static Long executionId() {
		var context = org.springframework.batch.core.scope.context.StepSynchronizationManager.getContext();
		return context == null ? null : context.getStepExecution().getJobExecutionId();
	}

	/** In a few words: of which submission a duplicate is, or the findings and the first error's rule and cell. */
	static String why(Outcome outcome) {
		if (outcome.state() == SubmissionStatus.DUPLICATE) {
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
