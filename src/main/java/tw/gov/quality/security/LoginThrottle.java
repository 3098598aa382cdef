package tw.gov.quality.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per user name and per client address, in this process's memory: after
 * {@code max-failures-per-account} failures of one name, or {@code max-failures-per-address} from one
 * address, within {@code window}, further attempts are refused without checking the password until
 * {@code lock-duration} has passed or an administrator unlocks. A successful sign-in clears its user
 * name's count (not its address's). Each node of a cluster counts its own attempts.
 */
@Component
public class LoginThrottle {

	/** Past this many tracked names and addresses, expired ones are forgotten first. */
	private static final int MAX_TRACKED = 10_000;

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

	/** What is counted of one name or address. */
	private record Failures(int count, Instant first, Instant lockedUntil) {
	}

	/** A name or address locked now, as an administrator sees it. */
	public record Lock(Kind kind, String key, int failures, LocalDateTime lockedUntil) {

		public String kindLabel() {
			return kind.label();
		}

	}

	private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

	private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

	private final LoginProperties properties;

	private final Clock clock;

	LoginThrottle(LoginProperties properties, ObjectProvider<Clock> clock) {
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
	}

	public LoginProperties properties() {
		return properties;
	}

	/** How long the account or the address is still locked, if it is. */
	public Optional<Duration> lockedFor(String username, String address) {
		Instant now = clock.instant();
		Duration longest = null;
		for (Failures failures : new Failures[] { accounts.get(key(username)), address == null ? null : addresses.get(address) }) {
			if (failures != null && failures.lockedUntil() != null && failures.lockedUntil().isAfter(now)) {
				Duration left = Duration.between(now, failures.lockedUntil());
				longest = longest == null || left.compareTo(longest) > 0 ? left : longest;
			}
		}
		return Optional.ofNullable(longest);
	}

	/** Counts a failure; returns the lock it caused, if this failure reached a limit. */
	public Optional<Lock> failed(String username, String address) {
		Instant now = clock.instant();
		prune(now);
		Optional<Lock> lock = count(accounts, Kind.ACCOUNT, key(username), properties.maxFailuresPerAccount(), now);
		if (address != null) {
			Optional<Lock> byAddress = count(addresses, Kind.ADDRESS, address, properties.maxFailuresPerAddress(), now);
			if (lock.isEmpty()) {
				lock = byAddress;
			}
		}
		return lock;
	}

	public void succeeded(String username) {
		accounts.remove(key(username));
	}

	/** @return whether there was something to lift */
	public boolean unlock(Kind kind, String key) {
		Map<String, Failures> map = kind == Kind.ACCOUNT ? accounts : addresses;
		return map.remove(kind == Kind.ACCOUNT ? key(key) : key) != null;
	}

	/** The names and addresses locked now, the latest lock first. */
	public List<Lock> locks() {
		Instant now = clock.instant();
		List<Lock> locks = new ArrayList<>();
		collect(accounts, Kind.ACCOUNT, now, locks);
		collect(addresses, Kind.ADDRESS, now, locks);
		locks.sort(Comparator.comparing(Lock::lockedUntil).reversed());
		return locks;
	}

	private void collect(Map<String, Failures> map, Kind kind, Instant now, List<Lock> locks) {
		map.forEach((key, failures) -> {
			if (failures.lockedUntil() != null && failures.lockedUntil().isAfter(now)) {
				locks.add(new Lock(kind, key, failures.count(), LocalDateTime.ofInstant(failures.lockedUntil(), clock.getZone()).truncatedTo(ChronoUnit.SECONDS)));
			}
		});
	}

	private Optional<Lock> count(Map<String, Failures> map, Kind kind, String key, int limit, Instant now) {
		Failures updated = map.compute(key, (k, before) -> {
			if (before == null || before.first().plus(properties.window()).isBefore(now)
					|| before.lockedUntil() != null && !before.lockedUntil().isAfter(now)) {
				before = new Failures(0, now, null);
			}
			int count = before.count() + 1;
			Instant lockedUntil = before.lockedUntil();
			if (lockedUntil == null && count >= limit) {
				lockedUntil = now.plus(properties.lockDuration());
			}
			return new Failures(count, before.first(), lockedUntil);
		});
		if (updated.lockedUntil() != null && updated.count() == limit) {
			return Optional.of(new Lock(kind, key, updated.count(), LocalDateTime.ofInstant(updated.lockedUntil(), clock.getZone()).truncatedTo(ChronoUnit.SECONDS)));
		}
		return Optional.empty();
	}

	private void prune(Instant now) {
		if (accounts.size() + addresses.size() < MAX_TRACKED) {
			return;
		}
		for (Map<String, Failures> map : List.of(accounts, addresses)) {
			map.values().removeIf(failures -> failures.first().plus(properties.window()).isBefore(now)
					&& (failures.lockedUntil() == null || failures.lockedUntil().isBefore(now)));
		}
		if (accounts.size() + addresses.size() >= 2 * MAX_TRACKED) {
			// A flood of distinct names: keep the locks, forget the counts.
			for (Map<String, Failures> map : List.of(accounts, addresses)) {
				map.values().removeIf(failures -> failures.lockedUntil() == null);
			}
		}
	}

	/** User names are compared as typed, but never longer than the column that records them. */
	private static String key(String username) {
		String name = username == null ? "" : username.strip();
		return name.length() > 100 ? name.substring(0, 100) : name;
	}

}
