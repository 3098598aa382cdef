package tw.gov.quality.security;

import java.time.Duration;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers of every response, pages, API and actuator alike: a strict Content-Security-Policy (the
 * console has no inline script or style, and loads nothing from elsewhere; Swagger UI's icons are
 * {@code data:} images), no referrer outside the site, no framing, no MIME sniffing, HSTS on every
 * request that arrived over HTTPS (directly, or through a proxy trusted by
 * {@code server.forward-headers-strategy}), and {@code Content-Language: zh-TW}.
 */
final class ResponseHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	private ResponseHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> all() {
		return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(Duration.ofDays(365).toSeconds()))
			.addHeaderWriter(new StaticHeadersWriter("Content-Language", "zh-TW"));
	}

}
