package tw.gov.quality.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import tw.gov.quality.web.Problems;

/**
 * A refusal on the console's pages. A form posted after the session expired (its CSRF token went with the
 * session) asks the user to sign in again, instead of saying the role may not do it; a stale token of a
 * signed-in user asks to reload the page. Every other refusal is audited and shown on the Chinese 403 page.
 */
class ConsoleAccessDenied implements AccessDeniedHandler {

	private final AccessRefusals refusals;

	ConsoleAccessDenied(AccessRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		if (accessDeniedException instanceof CsrfException) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| !authentication.isAuthenticated()) {
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			response.sendError(HttpServletResponse.SC_FORBIDDEN, "這個表單已過期（可能在其他分頁登出或重新登入過），請重新整理頁面後再送出一次");
			return;
		}
		refusals.refused(request, accessDeniedException);
		String message = accessDeniedException.getMessage();
		response.sendError(HttpServletResponse.SC_FORBIDDEN, Problems.isOwnMessage(message) ? message : Problems.detail(403));
	}

}
