package tw.gov.quality.cluster;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import tw.gov.quality.batch.QualityJob;

/**
 * Work claimed by rows of {@code work_claim}, so that nodes sharing one database (a Galera cluster
 * included, which refuses {@code GET_LOCK}) never do the same piece of work at once: a claim is an
 * {@code INSERT} that only one node can win (the key is the primary key), committed at once; it holds
 * until its holder releases it or its lease ends, after which any node may take it over. A node killed
 * while it holds a claim thus delays that piece of work by one lease, never loses it.
 *
 * <p>Every call commits in a transaction of its own, visible to every node when it returns.
 */
@Component
public class WorkClaims {

	private static final Logger log = LoggerFactory.getLogger(WorkClaims.class);

	/** Held by every node while it runs an ingestion: {@code quality.ingest.run:<node>}. */
	public static final String INGEST_RUN_PREFIX = QualityJob.INGEST.lockName("run") + ":";

	/** Held by an administrator's action on an ingestion's execution: no ingestion starts meanwhile. */
	public static final String INGEST_PAUSE = QualityJob.INGEST.lockName("pause");

	private final ClaimRows rows;

	private final ClusterProperties properties;

	private final ClaimHolds holds;

	WorkClaims(JdbcClient jdbc, PlatformTransactionManager transactionManager, ClusterProperties properties) {
		this.rows = new ClaimRows(jdbc, transactionManager);
		this.properties = properties;
		this.holds = new ClaimHolds(rows);
	}

	/** This node's name in the claims it holds. */
	public String nodeId() {
		return properties.nodeId();
	}

	public Duration lease() {
		return properties.claimLease();
	}

	/** Claims the work for the configured lease; see {@link #claim(String, Duration)}. */
	public boolean claim(String key) {
		return claim(key, properties.claimLease());
	}

	/**
	 * Claims the work: true when it was free, its lease had ended, or this node already held it (the
	 * lease is then renewed); false while another node holds it.
	 */
	public boolean claim(String key, Duration lease) {
		return rows.claim(key, lease, nodeId());
	}

	/**
	 * Claims the work, then asks (in a new transaction, seeing every commit) whether it is still to be
	 * done: another node may have finished it, and released its claim, since the caller looked. Releases
	 * the claim and returns false when it is not.
	 */
	public boolean claimIfStillToDo(String key, java.util.function.BooleanSupplier stillToDo) {
		if (!claim(key)) {
			return false;
		}
		if (Boolean.TRUE.equals(rows.ask(stillToDo::getAsBoolean))) {
			return true;
		}
		release(key);
		return false;
	}

	/**
	 * Claims several pieces of work for the configured lease in one transaction (one commit for all):
	 * returns the keys won, as {@link #claim(String)} would one by one. Keys are claimed in sorted order,
	 * so that two nodes claiming overlapping sets lock in the same order; should they still collide, the
	 * keys are claimed one by one.
	 */
	public Set<String> claimAll(Collection<String> keys) {
		List<String> sorted = keys.stream().distinct().sorted().toList();
		try {
			return rows.claimAll(sorted, properties.claimLease(), nodeId());
		}
		catch (ConcurrencyFailureException ex) {
			log.debug("Claims of {} key(s) collided with another node's; claiming one by one: {}", sorted.size(),
					ex.toString());
			return sorted.stream().filter(this::claim).collect(Collectors.toSet());
		}
	}

	/**
	 * {@link #claimAll} as part of the caller's transaction: the claims are taken when the work recorded
	 * with them commits, and never if it rolls back. A collision with another node's claims throws
	 * {@link ConcurrencyFailureException}, which rolls the caller's transaction back.
	 */
	public Set<String> claimAllInCurrentTransaction(Collection<String> keys) {
		return rows.claimAllInCurrentTransaction(keys.stream().distinct().sorted().toList(), properties.claimLease(),
				nodeId());
	}

	/**
	 * {@link #claimIfStillToDo} for several pieces of work at once: claims them in one transaction, asks in
	 * one more which of those won are still to be done, gives the others back; returns the keys kept.
	 */
	public Set<String> claimAllIfStillToDo(Collection<String> keys, Function<Set<String>, Set<String>> stillToDo) {
		Set<String> won = claimAll(keys);
		if (won.isEmpty()) {
			return won;
		}
		Set<String> kept = new HashSet<>(rows.ask(() -> stillToDo.apply(won)));
		kept.retainAll(won);
		releaseAll(won.stream().filter(key -> !kept.contains(key)).toList());
		return kept;
	}

	/** A claim held for as long as the work runs; closing it releases it. */
	public interface Held extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Claims the work and keeps renewing its lease (every third of it) until the returned hold is
	 * closed: for work of any length that must be done by one holder at a time. Unlike
	 * {@link #claim(String)}, a hold is not shared with the rest of this node: two threads of one
	 * process exclude each other too. If this node dies, the claim ends one lease later. Empty while
	 * somebody else holds it.
	 */
	public Optional<Held> hold(String key) {
		return holds.hold(key, properties.claimLease(), nodeId());
	}

	/**
	 * {@link #hold(String) Holds} the key unless a live claim whose key starts with
	 * {@code excludedPrefix} exists (held by any node, this one included): the two sides each claim
	 * first and look second, so at most one of them goes on.
	 */
	public Optional<Held> holdExclusively(String key, String excludedPrefix) {
		Optional<Held> held = hold(key);
		if (held.isPresent() && rows.anyHeld(excludedPrefix)) {
			held.get().close();
			return Optional.empty();
		}
		return held;
	}

	/** Gives the work back; does nothing if this node no longer holds it. */
	public void release(String key) {
		rows.delete(key, nodeId());
	}

	/**
	 * Gives several pieces of work back in one transaction; those this node no longer holds are skipped.
	 * Should that collide with another node's claims, they are given back one by one.
	 */
	public void releaseAll(Collection<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		try {
			rows.deleteAll(keys, nodeId());
		}
		catch (ConcurrencyFailureException ex) {
			log.debug("Releases of {} key(s) collided with another node's claims; releasing one by one: {}", keys.size(),
					ex.toString());
			keys.forEach(this::release);
		}
	}

	/**
	 * Gives the work back as part of the caller's transaction: the claim ends exactly when the work's
	 * result commits, and stays (until its lease ends) if it rolls back. Call it before storing the
	 * result: false means this node no longer holds the claim (its lease ended and another node took
	 * the work over), and the result must not be stored; true means nobody can take the work over
	 * until this transaction ends (the row stays locked).
	 */
	public boolean releaseInCurrentTransaction(String key) {
		return rows.deleteInCurrentTransaction(key, nodeId());
	}

	/**
	 * {@link #releaseInCurrentTransaction(String)} for many keys at once, in two statements (a chunk's
	 * worth of work stored together).
	 *
	 * @return the keys this node still held, whose results may be stored
	 */
	public Set<String> releaseAllInCurrentTransaction(Collection<String> keys) {
		return rows.deleteAllInCurrentTransaction(keys, nodeId());
	}

	/**
	 * Forgets claims whose lease ended more than a day ago (their holders died and nobody needed the
	 * work since, e.g. a dead node's own run claim).
	 */
	public int purgeExpired() {
		return rows.purgeExpired();
	}

}
