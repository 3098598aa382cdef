package tw.gov.quality.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.security.LoginThrottle.Kind;

/** The rows of {@code login_failure}, one per counted name or address; times are stored in UTC. */
final class LoginFailureTable {

	/** What is counted of one name or address. */
	record Failures(int count, Instant first, Instant lockedUntil) {
	}

	/** A row locked at the moment it was read. */
	record Locked(Kind kind, String key, int failures, Instant lockedUntil) {
	}

	private final JdbcClient jdbc;

	LoginFailureTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Failures> find(Kind kind, String key, boolean forUpdate) {
		return jdbc.sql("SELECT failures, first_failure, locked_until FROM login_failure WHERE kind = ? AND login_key = ?"
				+ (forUpdate ? " FOR UPDATE" : ""))
			.params(kind.name(), key)
			.query((rs, n) -> new Failures(rs.getInt(1), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3))))
			.optional();
	}

	void save(Kind kind, String key, Failures failures) {
		jdbc.sql("""
				INSERT INTO login_failure (kind, login_key, failures, first_failure, locked_until) VALUES (?, ?, ?, ?, ?)
				ON DUPLICATE KEY UPDATE failures = VALUES(failures), first_failure = VALUES(first_failure),
					locked_until = VALUES(locked_until)""")
			.params(kind.name(), key, failures.count(), utc(failures.first()),
					failures.lockedUntil() == null ? null : utc(failures.lockedUntil()))
			.update();
	}

	List<Locked> lockedAfter(Instant now) {
		return jdbc.sql("""
				SELECT kind, login_key, failures, locked_until FROM login_failure WHERE locked_until > ?""")
			.param(utc(now))
			.query((rs, n) -> new Locked(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3),
					instant(rs.getTimestamp(4))))
			.list();
	}

	boolean delete(Kind kind, String key) {
		return jdbc.sql("DELETE FROM login_failure WHERE kind = ? AND login_key = ?").params(kind.name(), key).update() > 0;
	}

	/** Counts whose window has passed and that lock nothing any more. */
	void prune(Instant now, Duration window) {
		jdbc.sql("DELETE FROM login_failure WHERE first_failure < ? AND (locked_until IS NULL OR locked_until < ?)")
			.params(utc(now.minus(window)), utc(now))
			.update();
	}

	private static Timestamp utc(Instant instant) {
		return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}

}
