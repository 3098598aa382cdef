package tw.gov.quality.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tw.gov.quality.database.CollisionRetries;
import tw.gov.quality.security.LoginFailureTable.Failures;

/**
 * Failed sign-ins per user name and per client address, in the shared database (table
 * {@code login_failure}), so that every node of a cluster counts the same attempts: after
 * {@code max-failures-per-account} failures of one name, or {@code max-failures-per-address} from one
 * address, within {@code window}, further attempts are refused without checking the password until
 * {@code lock-duration} has passed or an administrator unlocks. A successful sign-in clears its user
 * name's count (not its address's). Times are stored in UTC.
 */
@Component
public class LoginThrottle {

	private static final int ATTEMPTS = 3;

	public enum Kind {

		ACCOUNT("帳號"), ADDRESS("來源位址");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

	}

	/** A name or address locked now, as an administrator sees it. */
	public record Lock(Kind kind, String key, int failures, LocalDateTime lockedUntil) {

		public String kindLabel() {
			return kind.label();
		}

	}

	private final LoginProperties properties;

	private final Clock clock;

	private final LoginFailureTable table;

	private final TransactionTemplate ownTransaction;

	LoginThrottle(LoginProperties properties, ObjectProvider<Clock> clock, JdbcClient jdbc,
			PlatformTransactionManager transactionManager) {
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
		this.table = new LoginFailureTable(jdbc);
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ownTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
	}

	public LoginProperties properties() {
		return properties;
	}

	/** How long the account or the address is still locked, if it is. */
	public Optional<Duration> lockedFor(String username, String address) {
		Instant now = clock.instant();
		Duration longest = null;
		List<Optional<Failures>> found = new ArrayList<>();
		found.add(table.find(Kind.ACCOUNT, key(username), false));
		if (address != null) {
			found.add(table.find(Kind.ADDRESS, address, false));
		}
		for (Optional<Failures> failures : found) {
			if (failures.isPresent() && failures.get().lockedUntil() != null && failures.get().lockedUntil().isAfter(now)) {
				Duration left = Duration.between(now, failures.get().lockedUntil());
				longest = longest == null || left.compareTo(longest) > 0 ? left : longest;
			}
		}
		return Optional.ofNullable(longest);
	}

	/** Counts a failure; returns the lock it caused, if this failure reached a limit. */
	public Optional<Lock> failed(String username, String address) {
		Instant now = clock.instant();
		table.prune(now, properties.window());
		Optional<Lock> lock = count(Kind.ACCOUNT, key(username), properties.maxFailuresPerAccount(), now);
		if (address != null) {
			Optional<Lock> byAddress = count(Kind.ADDRESS, address, properties.maxFailuresPerAddress(), now);
			if (lock.isEmpty()) {
				lock = byAddress;
			}
		}
		return lock;
	}

	public void succeeded(String username) {
		table.delete(Kind.ACCOUNT, key(username));
	}

	/** @return whether there was something to lift */
	public boolean unlock(Kind kind, String key) {
		return table.delete(kind, kind == Kind.ACCOUNT ? key(key) : key);
	}

	/** The names and addresses locked now, the latest lock first. */
	public List<Lock> locks() {
		Instant now = clock.instant();
		List<Lock> locks = new ArrayList<>(table.lockedAfter(now)
			.stream()
			.map(locked -> new Lock(locked.kind(), locked.key(), locked.failures(), shown(locked.lockedUntil())))
			.toList());
		locks.sort(Comparator.comparing(Lock::lockedUntil).reversed());
		return locks;
	}

	private Optional<Lock> count(Kind kind, String key, int limit, Instant now) {
		// Two nodes counting the same name at once: one of them retries (a deadlock, or Galera's
		// certification failure).
		return CollisionRetries.retried(ATTEMPTS, () -> ownTransaction.execute(status -> countOnce(kind, key, limit, now)),
				ex -> {
				});
	}

	private Optional<Lock> countOnce(Kind kind, String key, int limit, Instant now) {
		Failures before = table.find(kind, key, true).orElse(null);
		if (before == null || before.first().plus(properties.window()).isBefore(now)
				|| before.lockedUntil() != null && !before.lockedUntil().isAfter(now)) {
			before = new Failures(0, now, null);
		}
		int count = before.count() + 1;
		Instant lockedUntil = before.lockedUntil();
		if (lockedUntil == null && count >= limit) {
			lockedUntil = now.plus(properties.lockDuration());
		}
		table.save(kind, key, new Failures(count, before.first(), lockedUntil));
		if (lockedUntil != null && count == limit) {
			return Optional.of(new Lock(kind, key, count, shown(lockedUntil)));
		}
		return Optional.empty();
	}

	private LocalDateTime shown(Instant instant) {
		return LocalDateTime.ofInstant(instant, clock.getZone()).truncatedTo(ChronoUnit.SECONDS);
	}

	/** User names are compared as typed, but never longer than the column that records them. */
	private static String key(String username) {
		String name = username == null ? "" : username.strip();
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

}
