package tw.gov.quality.actions;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.Conflict;

/** Records an administrator's action in the audit log: who asked, with what, and how it ended. */
@Component
class ActionAudit {

	private final AuditLog audit;

	ActionAudit(AuditLog audit) {
		this.audit = audit;
	}

	long record(ConsoleUser user, String action, Map<String, Object> parameters, AuditOutcome outcome,
			String detail) {
		return audit.record(user.username(), user.role().name(), action, parameters, outcome, detail);
	}

	/** Records an action done at once, with the batch execution it concerns if any. */
	ActionResult succeeded(ConsoleUser user, String action, Map<String, Object> parameters, String message,
			Long jobExecutionId) {
		long id = record(user, action, parameters, AuditOutcome.SUCCEEDED, message);
		if (jobExecutionId != null) {
			audit.attachJob(id, jobExecutionId);
		}
		return new ActionResult(id, action, AuditOutcome.SUCCEEDED, message, jobExecutionId);
	}

	/** Records the refusal and returns the 409 to throw. */
	Conflict refused(ConsoleUser user, String action, Map<String, Object> parameters, String reason) {
		record(user, action, parameters, AuditOutcome.REFUSED, reason);
		return new Conflict(reason);
	}

	void finish(long id, AuditOutcome outcome, String detail, Long jobExecutionId) {
		audit.finish(id, outcome, detail, jobExecutionId);
	}

	/** The action's parameters in the order given: name, value, name, value… */
	static Map<String, Object> parameters(Object... pairs) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.put((String) pairs[i], pairs[i + 1]);
		}
		return parameters;
	}

}
