package tw.gov.quality.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How repeated failed sign-ins are slowed down ({@code quality.security.login}), for the login form and
 * HTTP Basic alike.
 *
 * @param maxFailuresPerAccount failures of one user name within {@code window} that lock it
 * @param maxFailuresPerAddress failures from one client address within {@code window} (whatever the user
 * names) that lock the address
 * @param window how long a failure counts
 * @param lockDuration how long a lock lasts, unless an administrator lifts it earlier
 */
@ConfigurationProperties("quality.security.login")
public record LoginProperties(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockDuration) {

	public LoginProperties {
		if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1) {
			throw new IllegalStateException("quality.security.login 的 max-failures-per-account 與 max-failures-per-address 至少為 1");
		}
		if (window.isNegative() || window.isZero() || lockDuration.isNegative() || lockDuration.isZero()) {
			throw new IllegalStateException("quality.security.login 的 window 與 lock-duration 必須大於 0");
		}
	}

}
