package tw.gov.quality.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import tw.gov.quality.office.OfficeRegistry;

/**
 * The console's users: those in {@code quality.security.users} (and, outside the {@code production}
 * profile, the demo users of {@code quality.security.demo-users}), checked at start-up; while none is
 * configured, the administrator generated on the first start (only its BCrypt hash, in
 * {@code console_account}).
 */
@Component
public class UserDirectory implements UserDetailsService {

	static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

	private final Map<String, ConsoleUser> configured = new LinkedHashMap<>();

	private final JdbcClient jdbc;

	UserDirectory(SecurityProperties properties, OfficeRegistry offices, JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		List<SecurityProperties.User> users = new ArrayList<>(properties.users());
		if (!environment.matchesProfiles("production")) {
			users.addAll(properties.demoUsers());
		}
		for (SecurityProperties.User user : users) {
			ConsoleUser checked = check(user, offices);
			if (configured.putIfAbsent(checked.username(), checked) != null) {
				throw new IllegalStateException("quality.security.users 中使用者「" + checked.username() + "」重複設定");
			}
		}
	}

	private static ConsoleUser check(SecurityProperties.User user, OfficeRegistry offices) {
		String name = user.username() == null ? "" : user.username().strip();
		if (name.isEmpty()) {
			throw new IllegalStateException("quality.security.users 有一位使用者未設定 username");
		}
		String where = "quality.security.users 的使用者「" + name + "」";
		if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash().strip()).matches()) {
			throw new IllegalStateException(where + "的 password-hash 不是 BCrypt 雜湊值（應以 $2a$、$2b$ 或 $2y$ 開頭）；"
					+ "請用 hash-password 指令產生，切勿填入密碼本身");
		}
		if (user.role() == null) {
			throw new IllegalStateException(where + "未設定 role（ADMIN、SUPERVISOR、OFFICE 或 METRICS）");
		}
		String office = user.office() == null || user.office().isBlank() ? null : user.office().strip();
		if (office == null && user.role() != Role.ADMIN && user.role() != Role.METRICS) {
			throw new IllegalStateException(where + "的角色為 " + user.role() + "，必須設定 office（所屬機關代碼）");
		}
		if (office != null && offices.find(office).isEmpty()) {
			throw new IllegalStateException(where + "的機關代碼 " + office + " 不在 quality.offices 中");
		}
		return new ConsoleUser(name, user.passwordHash().strip(), user.role(), office);
	}

	@Override
	public ConsoleUser loadUserByUsername(String username) {
		return find(username).orElseThrow(() -> new UsernameNotFoundException("查無使用者"));
	}

	public Optional<ConsoleUser> find(String username) {
		if (username == null) {
			return Optional.empty();
		}
		if (!configured.isEmpty()) {
			// The generated administrator is for the first start only: once users are configured, they are the users.
			return Optional.ofNullable(configured.get(username));
		}
		return jdbc.sql("SELECT username, password_hash, role FROM console_account WHERE username = ?")
			.param(username)
			.query((rs, n) -> new ConsoleUser(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), null))
			.optional();
	}

	/** The users from configuration, in order. */
	public List<ConsoleUser> configured() {
		return List.copyOf(configured.values());
	}

	boolean anyStoredAccount() {
		return jdbc.sql("SELECT COUNT(*) FROM console_account").query(Integer.class).single() > 0;
	}

}
