package tw.gov.quality.ingest;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;

import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.plan.PlanRegistry;

/**
 * Reads RECEIVED submissions page by page by id, for {@link AnsweringAhead}. The database state is the restart point: after a
 * crash the next run simply reads what is still RECEIVED, so no file is read twice or skipped.
 * Each one is claimed before it is read ({@link WorkClaims}, a chunk's worth at a time; the writer releases
 * the claim with the outcome's commit), so that two nodes never answer the same submission: one another node holds is left
 * to it, and taken by a later run if that node dies. Those this run does not store are given back at its end.
 */
class SubmissionReader implements AnsweringAhead.Files {

	private static final Logger log = LoggerFactory.getLogger(SubmissionReader.class);

	private static final int PAGE = 100;

	private final SubmissionRepository submissions;

	private final WorkClaims claims;

	private final PlanRegistry plans;

	private final PageLookups lookups;

	private final Deque<ReceivedFile> page = new ArrayDeque<>();

	/** Claimed, still to be read, in id order. */
	private final Deque<ReceivedFile> claimed = new ArrayDeque<>();

	private final int claimedTogether;

	private long lastId;

	SubmissionReader(SubmissionRepository submissions, PlanRegistry plans, PageLookups lookups, WorkClaims claims,
			int claimedTogether) {
		this.claimedTogether = Math.max(1, claimedTogether);
		this.lookups = lookups;
		this.submissions = submissions;
		this.plans = plans;
		this.claims = claims;
	}

	/**
	 * The next file to answer, or null when none is left. Synchronized, though the step reads on one thread:
	 * its paging state must never be shared unguarded.
	 *
	 * @param unsettled offices with a file being answered whose outcome is not committed yet: a new page's
	 * lookups are not loaded ahead for them, since that file may change them
	 */
	@Override
	public synchronized ReceivedFile read(Set<String> unsettled) {
		while (claimed.isEmpty()) {
			if (page.isEmpty()) {
				page.addAll(submissions.received(lastId, PAGE));
				prefetchPlans();
				lookups.expect(page.stream().map(ReceivedFile::officeCode).toList(), unsettled);
				if (page.isEmpty()) {
					return null;
				}
			}
			claimNext();
		}
		return claimed.poll();
	}

	/**
	 * Releases the claims of the files given back and of those claimed and not read: this run stores
	 * none of them, and the next one (or another node) need not wait for their leases to end.
	 */
	@Override
	public synchronized void giveBack(Collection<ReceivedFile> unstored) {
		List<String> keys = Stream.concat(unstored.stream(), claimed.stream())
			.map(file -> IngestClaims.submission(file.id()))
			.toList();
		claimed.clear();
		try {
			claims.releaseAll(keys);
		}
		catch (DataAccessException ex) {
			// The database is what failed the run, say: the claims then end with their lease.
			log.warn("Could not give back the claims of {} submission(s); they end with their lease: {}", keys.size(),
					ex.toString());
		}
	}

	/**
	 * Claims the page's next files together (about a chunk: a claim is held from here until its chunk
	 * commits), keeping those still to be read once claimed: one transaction for the claims, one query
	 * for what is left to do.
	 */
	private void claimNext() {
		Map<String, ReceivedFile> next = new LinkedHashMap<>();
		while (!page.isEmpty() && next.size() < claimedTogether) {
			ReceivedFile file = page.poll();
			lastId = file.id();
			next.put(IngestClaims.submission(file.id()), file);
		}
		Set<String> kept = claims.claimAllIfStillToDo(next.keySet(), won -> {
			Set<Long> ids = won.stream().map(key -> next.get(key).id()).collect(Collectors.toSet());
			Set<Long> toDo = submissions.toBeRead(ids);
			return won.stream().filter(key -> toDo.contains(next.get(key).id())).collect(Collectors.toSet());
		});
		next.forEach((key, file) -> {
			if (kept.contains(key)) {
				claimed.add(file);
			}
		});
	}

	/**
	 * The page's plans are then loaded a part at a time, by the first sheet that needs one of a part (its year is in
	 * the sheet); in the page's order, the order the answering threads take its files.
	 */
	private void prefetchPlans() {
		plans.expect(page.stream().map(ReceivedFile::officeCode).filter(Objects::nonNull).distinct().toList());
	}

}
