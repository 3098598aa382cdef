package tw.gov.quality.audit;

import java.time.LocalDateTime;

/**
 * One line of the audit log.
 *
 * @param parameters what the action was given, as {@code name=value} pairs
 * @param finishedAt when a background run ended ({@code null} while it runs, or for immediate actions)
 */
public record AuditEntry(long id, LocalDateTime occurredAt, String username, String role, String action,
		String parameters, AuditOutcome outcome, String detail, Long jobExecutionId, LocalDateTime finishedAt,
		String remoteAddress) {

	public String actionLabel() {
		return AuditAction.label(action);
	}

}
