package tw.gov.quality.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.ItemReader;

import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.plan.PlanRegistry;

/**
 * Reads RECEIVED submissions page by page by id. The database state is the restart point: after a
 * crash the next run simply reads what is still RECEIVED, so no file is read twice or skipped.
 * Each one is claimed before it is read ({@link WorkClaims}; the writer releases the claim with the
 * outcome's commit), so that two nodes never answer the same submission: one another node holds is left
 * to it, and taken by a later run if that node dies.
 */
class SubmissionReader implements ItemReader<ReceivedFile> {

	private static final int PAGE = 100;

	private final SubmissionRepository submissions;

	private final WorkClaims claims;

	private final PlanRegistry plans;

	private final PageLookups lookups;

	private final Deque<ReceivedFile> page = new ArrayDeque<>();

	private long lastId;

	SubmissionReader(SubmissionRepository submissions, PlanRegistry plans, PageLookups lookups, WorkClaims claims) {
		this.lookups = lookups;
		this.submissions = submissions;
		this.plans = plans;
		this.claims = claims;
	}

	/** Synchronized, though the step reads on one thread: its paging state must never be shared unguarded. */
	@Override
	public synchronized ReceivedFile read() {
		while (true) {
			if (page.isEmpty()) {
				page.addAll(submissions.received(lastId, PAGE));
				prefetchPlans();
				lookups.expect(page.stream().map(ReceivedFile::officeCode).toList());
			}
			ReceivedFile next = page.poll();
			if (next == null) {
				return null;
			}
			lastId = next.id();
			if (claims.claimIfStillToDo(IngestClaims.submission(next.id()), () -> submissions.isToBeRead(next.id()))) {
				return next;
			}
		}
	}

	/** The page's plans are then loaded together, by the first sheet that needs one (its year is in the sheet). */
	private void prefetchPlans() {
		plans.expect(page.stream().map(ReceivedFile::officeCode).filter(Objects::nonNull).collect(Collectors.toSet()));
	}

}
