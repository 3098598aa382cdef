package tw.gov.quality.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;

/**
 * Every sign-in, by the login form or HTTP Basic (API, actuator): refused at once while its user name or
 * address is locked ({@link LoginThrottle}), else the password is checked against the BCrypt hash. Every
 * failure, and every attempt refused by a lock, is in the audit log with the address and the channel.
 */
class ThrottledAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;

	private final UserDirectory users;

	private final LoginThrottle throttle;

	private final AuditLog audit;

	ThrottledAuthentication(UserDirectory users, PasswordEncoder encoder, LoginThrottle throttle, AuditLog audit) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.users = users;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = address(authentication);
		Optional<Duration> locked = throttle.lockedFor(username, address);
		if (locked.isPresent()) {
			LoginLocked refusal = new LoginLocked(locked.get());
			record(username, address, AuditOutcome.REFUSED, "帳號或來源位址鎖定中（尚餘約 " + LoginLocked.minutes(locked.get())
					+ " 分鐘），未檢查密碼");
			throw refusal;
		}
		try {
			Authentication result = passwords.authenticate(authentication);
			throttle.succeeded(username);
			return result;
		}
		catch (AuthenticationException ex) {
			Optional<LoginThrottle.Lock> lock = throttle.failed(username, address);
			String reason = users.find(username).isPresent() ? "密碼錯誤" : "查無此帳號";
			record(username, address, AuditOutcome.FAILED, reason + lock
				.map(l -> "；" + l.kindLabel() + " " + l.key() + " 已失敗 " + l.failures() + " 次，鎖定至 "
						+ tw.gov.quality.calendar.RocDates.dateTime(l.lockedUntil()))
				.orElse(""));
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private void record(String username, String address, AuditOutcome outcome, String detail) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("address", address);
		parameters.put("channel", channel());
		audit.record(username == null || username.isBlank() ? "（空白）" : username, null, AuditAction.LOGIN_FAILED,
				parameters, outcome, detail);
	}

	private static String address(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		return null;
	}

	/** The login form, the API or the actuator. */
	private static String channel() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (path.startsWith("/api/")) {
				return "api";
			}
			if (path.startsWith("/actuator")) {
				return "actuator";
			}
			return "form";
		}
		return "unknown";
	}

}
