package tw.gov.quality.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code work_claim} rows behind {@link WorkClaims}, each statement in a transaction of its own (read
 * committed, so that it sees every other node's commit) unless said otherwise.
 */
final class ClaimRows {

	private static final Logger log = LoggerFactory.getLogger(ClaimRows.class);

	/** The column's length; longer keys are replaced by their SHA-256. */
	private static final int LONGEST_KEY = 190;

	private final JdbcClient jdbc;

	private final TransactionTemplate ownTransaction;

	ClaimRows(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
	}

	/** Whether {@code holder} now holds the key for {@code lease}: it was free, its lease ended, or it was its own. */
	boolean claim(String key, Duration lease, String holder) {
		try {
			return Boolean.TRUE.equals(ownTransaction.execute(status -> claimInCurrentTransaction(key, lease, holder)));
		}
		catch (ConcurrencyFailureException ex) {
			// Another node's claim of the same key won (a deadlock, or a Galera certification failure).
			log.debug("Claim {} lost to another node: {}", key, ex.toString());
			return false;
		}
	}

	/**
	 * The keys of {@code sorted} that {@code holder} now holds, claimed in one transaction (one commit for all):
	 * one multi-row {@code INSERT IGNORE}; only if some key was taken already, one {@code UPDATE} of those whose
	 * lease ended or that were the holder's own, and one look at which it holds. Throws
	 * {@link ConcurrencyFailureException} when another node's claims collided with them.
	 */
	Set<String> claimAll(List<String> sorted, Duration lease, String holder) {
		return ownTransaction.execute(status -> claimAllInCurrentTransaction(sorted, lease, holder));
	}

	/** {@link #claimAll} in the caller's transaction: the claims are taken when it commits. */
	Set<String> claimAllInCurrentTransaction(List<String> sorted, Duration lease, String holder) {
		if (sorted.isEmpty()) {
			return Set.of();
		}
		Map<String, String> byStored = new LinkedHashMap<>();
		sorted.forEach(key -> byStored.put(stored(key), key));
		List<String> keys = List.copyOf(byStored.keySet());
		if (insertAll(keys, lease, holder) == keys.size()) {
			return new HashSet<>(sorted);
		}
		jdbc.sql("""
				UPDATE work_claim SET holder = :holder, claimed_at = NOW(6), lease_until = NOW(6) + INTERVAL :micros MICROSECOND
				WHERE claim_key IN (:keys) AND (holder = :holder OR lease_until < NOW(6))""")
			.param("holder", holder)
			.param("micros", lease.toNanos() / 1000)
			.param("keys", keys)
			.update();
		Set<String> won = new HashSet<>();
		jdbc.sql("SELECT claim_key FROM work_claim WHERE claim_key IN (:keys) AND holder = :holder")
			.param("keys", keys)
			.param("holder", holder)
			.query(String.class)
			.list()
			.forEach(key -> won.add(byStored.get(key)));
		return won;
	}

	/** Inserts the rows of the keys still free, in their order; returns how many were inserted. */
	private int insertAll(List<String> keys, Duration lease, String holder) {
		String row = "(?, ?, NOW(6), NOW(6) + INTERVAL ? MICROSECOND)";
		List<Object> params = new ArrayList<>();
		keys.forEach(key -> params.addAll(List.of(key, holder, lease.toNanos() / 1000)));
		return jdbc.sql("INSERT IGNORE INTO work_claim (claim_key, holder, claimed_at, lease_until) VALUES "
				+ String.join(", ", Collections.nCopies(keys.size(), row)))
			.params(params)
			.update();
	}

	private boolean claimInCurrentTransaction(String key, Duration lease, String holder) {
		String stored = stored(key);
		int inserted = jdbc.sql("""
				INSERT IGNORE INTO work_claim (claim_key, holder, claimed_at, lease_until)
				VALUES (?, ?, NOW(6), NOW(6) + INTERVAL ? MICROSECOND)""")
			.params(stored, holder, lease.toNanos() / 1000)
			.update();
		if (inserted == 1) {
			return true;
		}
		int taken = jdbc.sql("""
				UPDATE work_claim SET holder = ?, claimed_at = NOW(6), lease_until = NOW(6) + INTERVAL ? MICROSECOND
				WHERE claim_key = ? AND (holder = ? OR lease_until < NOW(6))""")
			.params(holder, lease.toNanos() / 1000, stored, holder)
			.update();
		return taken == 1;
	}

	/** Asks {@code question} in a transaction of its own. */
	<T> T ask(Supplier<T> question) {
		return ownTransaction.execute(status -> question.get());
	}

	void delete(String key, String holder) {
		ownTransaction.executeWithoutResult(status -> deleteInCurrentTransaction(key, holder));
	}

	/** Deletes the holder's rows of these keys in one transaction, in one statement. */
	void deleteAll(Collection<String> keys, String holder) {
		List<String> stored = keys.stream().map(ClaimRows::stored).distinct().toList();
		ownTransaction.executeWithoutResult(status -> jdbc
			.sql("DELETE FROM work_claim WHERE claim_key IN (:keys) AND holder = :holder")
			.param("keys", stored)
			.param("holder", holder)
			.update());
	}

	/**
	 * Deletes the holder's rows of these keys in the caller's transaction, in two statements whatever their
	 * number: the rows it holds are locked first, so that none changes holder before it is deleted.
	 *
	 * @return the keys whose row the holder held
	 */
	Set<String> deleteAllInCurrentTransaction(Collection<String> keys, String holder) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		Map<String, String> byStored = new HashMap<>();
		keys.forEach(key -> byStored.put(stored(key), key));
		Set<String> held = new HashSet<>(jdbc
			.sql("SELECT claim_key FROM work_claim WHERE claim_key IN (:keys) AND holder = :holder FOR UPDATE")
			.param("keys", byStored.keySet())
			.param("holder", holder)
			.query(String.class)
			.list());
		if (!held.isEmpty()) {
			jdbc.sql("DELETE FROM work_claim WHERE claim_key IN (:keys) AND holder = :holder")
				.param("keys", held)
				.param("holder", holder)
				.update();
		}
		return held.stream().map(byStored::get).collect(Collectors.toSet());
	}

	/** Deletes the holder's row in the caller's transaction; false when it held no such row. */
	boolean deleteInCurrentTransaction(String key, String holder) {
		return jdbc.sql("DELETE FROM work_claim WHERE claim_key = ? AND holder = ?")
			.params(stored(key), holder)
			.update() == 1;
	}

	/** Deletes the rows whose lease ended more than a day ago. */
	int purgeExpired() {
		return ownTransaction.execute(status -> jdbc
			.sql("DELETE FROM work_claim WHERE lease_until < NOW(6) - INTERVAL 1 DAY")
			.update());
	}

	/** Whether a live claim (of any node) has a key that starts with the prefix. */
	boolean anyHeld(String prefix) {
		String pattern = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return ownTransaction.execute(status -> jdbc
			.sql("SELECT COUNT(*) FROM work_claim WHERE claim_key LIKE ? AND lease_until >= NOW(6)")
			.param(pattern)
			.query(Integer.class)
			.single()) > 0;
	}

	static String stored(String key) {
		if (key.length() <= LONGEST_KEY) {
			return key;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return key.substring(0, LONGEST_KEY - 65) + "#" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
