package tw.gov.quality.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did what, when, with which parameters, and how it ended: one row per action in
 * {@code audit_log}, written in its own statement (never rolled back with the action it records).
 */
@Component
public class AuditLog {

	private static final int MAX_DETAIL = 2000;

	/** {@code audit_log.username}: a name typed at the login form may be longer. */
	private static final int MAX_USERNAME = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action; {@link AuditOutcome#STARTED} ones are finished later with {@link #finish}. */
	public long record(String username, String role, String action, Map<String, ?> parameters, AuditOutcome outcome,
			String detail) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO audit_log (occurred_at, username, role, action, parameters, outcome, detail, remote_address)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(Timestamp.valueOf(LocalDateTime.now(clock)), clip(username, MAX_USERNAME), role, action, format(parameters),
					outcome.name(), truncate(detail), remoteAddress())
			.update(key);
		return key.getKey().longValue();
	}

	public void finish(long id, AuditOutcome outcome, String detail, Long jobExecutionId) {
		jdbc.sql("""
				UPDATE audit_log SET outcome = ?, detail = ?, job_execution_id = COALESCE(?, job_execution_id),
					finished_at = ? WHERE id = ?""")
			.params(outcome.name(), truncate(detail), jobExecutionId, Timestamp.valueOf(LocalDateTime.now(clock)), id)
			.update();
	}

	public void attachJob(long id, long jobExecutionId) {
		jdbc.sql("UPDATE audit_log SET job_execution_id = ? WHERE id = ?").params(jobExecutionId, id).update();
	}

	/** The latest entries first, optionally of one action only. */
	public List<AuditEntry> recent(String action, int limit, long offset) {
		return jdbc.sql("""
				SELECT * FROM audit_log WHERE (? IS NULL OR action = ?) ORDER BY id DESC LIMIT ? OFFSET ?""")
			.params(action, action, limit, offset)
			.query((rs, n) -> entry(rs))
			.list();
	}

	public java.util.Optional<AuditEntry> find(long id) {
		return jdbc.sql("SELECT * FROM audit_log WHERE id = ?").param(id).query((rs, n) -> entry(rs)).optional();
	}

	private static AuditEntry entry(ResultSet rs) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toLocalDateTime(), rs.getString("username"),
				rs.getString("role"), rs.getString("action"), rs.getString("parameters"),
				AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("detail"),
				rs.getObject("job_execution_id", Long.class), finished == null ? null : finished.toLocalDateTime(),
				rs.getString("remote_address"));
	}

	static String format(Map<String, ?> parameters) {
		if (parameters == null || parameters.isEmpty()) {
			return "";
		}
		return parameters.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(", "));
	}

	private static String clip(String text, int length) {
		if (text == null || text.codePointCount(0, text.length()) <= length) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, length - 1)) + "…";
	}

	private static String truncate(String detail) {
		if (detail == null || detail.length() <= MAX_DETAIL) {
			return detail;
		}
		return detail.substring(0, MAX_DETAIL - 1) + "…";
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
