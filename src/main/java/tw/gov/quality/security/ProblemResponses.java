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
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"quality-progress\", charset=\"UTF-8\"");
		String detail = authException instanceof org.springframework.security.authentication.LockedException locked
				? locked.getMessage() : "請以 HTTP Basic 提供正確的帳號與密碼";
		Problems.write(request, response, HttpStatus.UNAUTHORIZED.value(), detail);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		refusals.refused(request, accessDeniedException);
		Problems.write(request, response, HttpStatus.FORBIDDEN.value(), "您的角色不能使用這項功能");
	}

}
