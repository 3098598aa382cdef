package tw.gov.quality.security;

import org.mockito.Mockito;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.web.RocFormat;

/**
 * For @WebMvcTest slices: the application's real security filter chains (form login and CSRF for pages,
 * HTTP Basic and problem details for the API) and what the pages need to render.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, RocFormat.class, AccessRefusals.class })
@EnableConfigurationProperties(LoginProperties.class)
public class WebSecurityTestConfiguration {

	/** Slices sign their users in with a test post-processor; no password is checked. */
	@Bean
	UserDirectory userDirectory() {
		return Mockito.mock(UserDirectory.class);
	}

	/** Failed sign-ins are counted in the database, which a slice has not: nothing is ever locked. */
	@Bean
	LoginThrottle loginThrottle(LoginProperties properties) {
		LoginThrottle throttle = Mockito.mock(LoginThrottle.class);
		Mockito.when(throttle.properties()).thenReturn(properties);
		return throttle;
	}

	/** Refusals are audited; a slice has no database (a test may override this with its own mock). */
	@Bean
	AuditLog auditLog() {
		return Mockito.mock(AuditLog.class);
	}

	public static final ConsoleUser ADMIN = new ConsoleUser("boss", "{noop}x", Role.ADMIN, null);

	public static final ConsoleUser SUPERVISOR = new ConsoleUser("aea-staff", "{noop}x", Role.SUPERVISOR, "MOJ-AEA");

	public static final ConsoleUser OFFICE = new ConsoleUser("tpe-clerk", "{noop}x", Role.OFFICE, "AEA-TPE");

}
