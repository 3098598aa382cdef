package tw.gov.quality.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tw.gov.quality.web.Problems;

/** 401 and 403 of the API and the actuator as RFC 9457 problem details, in Chinese, before any controller is reached. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final AccessRefusals refusals;

	ProblemResponses(AccessRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof LoginLocked locked) {
			// Too many failures: say when to try again, without a challenge that invites more.
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, locked.retryAfter().toSeconds())));
			Problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS.value(), locked.getMessage());
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"quality-progress\", charset=\"UTF-8\"");
		Problems.write(request, response, HttpStatus.UNAUTHORIZED.value(), "請以 HTTP Basic 提供正確的帳號與密碼");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		refusals.refused(request, accessDeniedException);
		Problems.write(request, response, HttpStatus.FORBIDDEN.value(), "您的角色不能使用這項功能");
	}

}
