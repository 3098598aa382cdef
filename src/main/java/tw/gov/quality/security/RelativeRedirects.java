package tw.gov.quality.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * Redirects of the sign-in, never built from the request's Host header (which a client or a cache in
 * between may forge): to the login page and back to the page first asked for, as paths on this site.
 * Tomcat sends every other redirect relative as well ({@code server.tomcat.use-relative-redirects}).
 */
final class RelativeRedirects {

	private RelativeRedirects() {
	}

	static LoginUrlAuthenticationEntryPoint toLoginPage() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/** After signing in: the page that sent the user to the login page (its path and query only), or {@code /}. */
	static final class BackToSavedPage extends SimpleUrlAuthenticationSuccessHandler {

		private final RequestCache cache = new HttpSessionRequestCache();

		BackToSavedPage() {
			setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException {
			SavedRequest saved = cache.getRequest(request, response);
			if (saved == null) {
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, "/");
				return;
			}
			cache.removeRequest(request, response);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, pathOf(saved.getRedirectUrl(), request));
		}

		static String pathOf(String url, HttpServletRequest request) {
			try {
				URI uri = URI.create(url);
				String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
				String context = request.getContextPath();
				if (!context.isEmpty() && path.startsWith(context)) {
					path = path.substring(context.length());
				}
				if (!path.startsWith("/") || path.startsWith("//")) {
					return "/";
				}
				return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
			}
			catch (IllegalArgumentException ex) {
				return "/";
			}
		}

	}

}
