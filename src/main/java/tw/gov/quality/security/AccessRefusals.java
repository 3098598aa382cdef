package tw.gov.quality.security;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.web.AccessRefused;

/**
 * Every refusal of access, wherever it is decided (a role checked by URL in a security filter chain, an
 * office checked by {@link AccessScope} in a controller, page or API alike), written to the audit log
 * the same way: who, the method and path, {@code REFUSED}, and why. A download's refusal is a
 * {@code DOWNLOAD} line, as a refused download found by id always was; any other is {@code ACCESS}.
 * A refusal decided in an API controller arrives as the web module's {@link AccessRefused} event.
 */
@Component
class AccessRefusals {

	private static final int MAX_PATH = 300;

	private final AuditLog audit;

	AccessRefusals(AuditLog audit) {
		this.audit = audit;
	}

	@EventListener
	void on(AccessRefused refusal) {
		refused(refusal.request(), refusal.cause());
	}

	void refused(HttpServletRequest request, AccessDeniedException ex) {
		if (ex instanceof RefusalRecorded) {
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = "（匿名）";
		String role = null;
		if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user) {
			username = user.username();
			role = user.role().name();
		}
		else if (authentication != null && authentication.isAuthenticated()) {
			username = authentication.getName();
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("method", request.getMethod());
		parameters.put("path", path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…" : path);
		String action = path.startsWith("/files/") || path.startsWith("/api/files/") ? AuditAction.DOWNLOAD
				: AuditAction.ACCESS;
		String reason = ex.getMessage() != null && ex.getMessage().codePoints()
			.anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? ex.getMessage()
					: "角色" + (role == null ? "" : " " + role + " ") + "不能使用這項功能";
		audit.record(username, role, action, parameters, AuditOutcome.REFUSED, reason);
	}

}
