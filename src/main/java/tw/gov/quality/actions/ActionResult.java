package tw.gov.quality.actions;

import tw.gov.quality.audit.AuditOutcome;

/**
 * What an administrator's action did at once.
 *
 * @param auditId its line in the audit log (a background run updates it when it ends)
 * @param outcome {@link AuditOutcome#STARTED} for a background run, else how it ended
 * @param message in Chinese, for the page or the API caller
 */
public record ActionResult(long auditId, String action, AuditOutcome outcome, String message, Long jobExecutionId) {
}
