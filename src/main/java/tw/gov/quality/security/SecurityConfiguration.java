package tw.gov.quality.security;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import tw.gov.quality.audit.AuditLog;

/**
 * Three filter chains. {@code /actuator/**}: health (and its readiness and liveness groups) for anyone,
 * status only (details for ADMIN, {@code show-details: when-authorized}); info, metrics and Prometheus for
 * ADMIN or a METRICS account over HTTP Basic; never a session created. Then two chains. {@code /api/**}: HTTP Basic, no session, no CSRF (no cookie is ever sent), errors
 * as RFC 9457 problem details. Everything else: the console's pages, with form login, a session and
 * CSRF protection. Roles by URL here; which offices' data a user sees is checked by {@link AccessScope}
 * on every request that names an office, a submission or a report.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	static final String ADMIN = Role.ADMIN.name();

	static final String SUPERVISOR = Role.SUPERVISOR.name();

	static final String OFFICE = Role.OFFICE.name();

	static final String METRICS = Role.METRICS.name();

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/** Every sign-in (form and HTTP Basic): locks after repeated failures, every failure audited. */
	@Bean
	ThrottledAuthentication throttledAuthentication(UserDirectory users, PasswordEncoder encoder, LoginThrottle throttle,
			AuditLog audit) {
		return new ThrottledAuthentication(users, encoder, throttle, audit);
	}

	@Bean
	ProblemResponses problemResponses(AccessRefusals refusals) {
		return new ProblemResponses(refusals);
	}

	/** Used by Spring Security's firewall for the requests it refuses before any chain. */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return new RejectedRequests();
	}

	/** A locked account or address has its own message on the login page. */
	private static AuthenticationFailureHandler loginFailures() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setExceptionMappings(Map.of(LoginLocked.class.getName(), "/login?locked"));
		failures.setDefaultFailureUrl("/login?error");
		return failures;
	}

	@Bean
	@Order(0)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.securityMatcher("/actuator", "/actuator/**")
			.authorizeHttpRequests(requests -> requests
				// A load balancer's and an orchestrator's checks: UP/DOWN without signing in.
				.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/actuator/info", "/actuator/metrics", "/actuator/metrics/**",
						"/actuator/prometheus")
				.hasAnyRole(ADMIN, METRICS)
				.anyRequest()
				.hasRole(ADMIN))
			.httpBasic(basic -> basic.realmName("quality-progress").authenticationEntryPoint(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			// A signed-in administrator's console session is honoured, but a scrape never creates one.
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			// Only read-only endpoints are exposed.
			.csrf(csrf -> csrf.disable())
			.headers(ResponseHeaders.all());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/jobs/**", "/api/audit/**", "/api/submissions/unassigned", "/api/login-locks")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.POST, "/api/uploads")
				.hasAnyRole(ADMIN, SUPERVISOR, OFFICE)
				.requestMatchers(HttpMethod.POST, "/api/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.PUT, "/api/**")
				.hasRole(ADMIN)
				.requestMatchers(HttpMethod.DELETE, "/api/**")
				.hasRole(ADMIN)
				.requestMatchers("/api/board/**", "/api/reports/**", "/api/files/reports/**")
				.hasAnyRole(ADMIN, SUPERVISOR)
				// A METRICS account reads the actuator only.
				.anyRequest()
				.hasAnyRole(ADMIN, SUPERVISOR, OFFICE))
			.httpBasic(basic -> basic.realmName("quality-progress").authenticationEntryPoint(problems))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(ResponseHeaders.all());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageSecurity(HttpSecurity http, AccessRefusals refusals) throws Exception {
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/login", "/css/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/logout")
			.permitAll()
			// The API's description (OpenAPI) and its browsable page: documentation, no data.
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
			.permitAll()
			.requestMatchers("/jobs/**", "/actions/**", "/audit/**", "/submissions/unassigned")
			.hasRole(ADMIN)
			.requestMatchers("/board/**", "/reports/**", "/files/reports/**")
			.hasAnyRole(ADMIN, SUPERVISOR)
			.anyRequest()
			.hasAnyRole(ADMIN, SUPERVISOR, OFFICE))
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new RelativeRedirects.BackToSavedPage())
				.failureHandler(loginFailures()))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(RelativeRedirects.toLoginPage())
				.accessDeniedHandler(new ConsoleAccessDenied(refusals)))
			.headers(ResponseHeaders.all());
		return http.build();
	}

}
