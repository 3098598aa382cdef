package tw.gov.quality.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import tw.gov.quality.web.Problems;

/**
 * A request Spring Security's firewall refuses before any chain (an encoded slash, backslash or percent,
 * a {@code ;jsessionid=} or other path parameter, {@code ..}): a 400 in Chinese, as a problem detail for
 * the API, on the console's error page otherwise. Tomcat is set to let such paths through to the firewall
 * ({@code WebServerConfiguration}), so that both answer the same way.
 */
class RejectedRequests implements RequestRejectedHandler {

	private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

	static final String DETAIL = "網址含有不允許的字元或片段（例如編碼過的斜線 %2F、反斜線 %5C、百分比符號 %25 或 ;jsessionid=），請檢查網址後再試";

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			RequestRejectedException requestRejectedException) throws IOException {
		log.debug("Request rejected by the firewall: {}", requestRejectedException.getMessage());
		String path = request.getRequestURI().substring(Math.min(request.getRequestURI().length(), request.getContextPath().length()));
		if (path.startsWith("/api/") || path.startsWith("/actuator/")) {
			Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, DETAIL);
			return;
		}
		response.sendError(HttpServletResponse.SC_BAD_REQUEST, DETAIL);
	}

}
