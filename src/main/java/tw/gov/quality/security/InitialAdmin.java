package tw.gov.quality.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;

/**
 * The first start of the service. With no user configured and none stored, an administrator is
 * generated: a random password, printed once on the console, of which only the BCrypt hash is kept
 * (in {@code console_account}); later starts find the hash and print nothing. In the
 * {@code production} profile a configured user whose password is one of the documented demo
 * passwords stops the start.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdmin implements ApplicationRunner {

	/** The demo passwords documented in README and config/application.yml: never in production. */
	static final List<String> DEMO_PASSWORDS = List.of("demo1234");

	private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final UserDirectory users;

	private final SecurityProperties properties;

	private final PasswordEncoder encoder;

	private final JdbcClient jdbc;

	private final Environment environment;

	private final Clock clock;

	private final AuditLog audit;

	private final PrintStream console;

	@Autowired
	InitialAdmin(UserDirectory users, SecurityProperties properties, PasswordEncoder encoder, JdbcClient jdbc,
			Environment environment, Clock clock, AuditLog audit) {
		this(users, properties, encoder, jdbc, environment, clock, audit, System.out);
	}

	InitialAdmin(UserDirectory users, SecurityProperties properties, PasswordEncoder encoder, JdbcClient jdbc,
			Environment environment, Clock clock, AuditLog audit, PrintStream console) {
		this.audit = audit;
		this.users = users;
		this.properties = properties;
		this.encoder = encoder;
		this.jdbc = jdbc;
		this.environment = environment;
		this.clock = clock;
		this.console = console;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (environment.matchesProfiles("production")) {
			refuseDemoPasswords();
		}
		ensureAnAdministrator();
	}

	void refuseDemoPasswords() {
		for (ConsoleUser user : users.configured()) {
			for (String demo : DEMO_PASSWORDS) {
				if (encoder.matches(demo, user.passwordHash())) {
					throw new IllegalStateException("正式環境（production）不可使用示範密碼：使用者「" + user.username()
							+ "」的密碼是文件公開的示範密碼，請以 hash-password 指令產生新的雜湊值後再啟動");
				}
			}
		}
	}

	/** @return the generated password, or {@code null} when there was already a user */
	String ensureAnAdministrator() {
		if (!users.configured().isEmpty() || users.anyStoredAccount()) {
			return null;
		}
		String password = randomPassword(20);
		int inserted = jdbc.sql("""
				INSERT IGNORE INTO console_account (username, password_hash, role, created_at) VALUES (?, ?, 'ADMIN', ?)""")
			.params(properties.initialAdmin(), encoder.encode(password), Timestamp.valueOf(LocalDateTime.now(clock)))
			.update();
		if (inserted == 0) {
			// Another node generated it at the same moment and printed it there.
			return null;
		}
		audit.record("（系統）", null, AuditAction.INITIAL_ADMIN, Map.of("username", properties.initialAdmin()),
				AuditOutcome.SUCCEEDED, "未設定任何使用者，已產生管理者密碼，僅於主控台顯示一次");
		log.warn("No console user was configured: generated administrator '{}' (password printed once on the console)",
				properties.initialAdmin());
		console.println();
		console.println("==================================================================");
		console.println(" 首次啟動：未設定任何使用者，已建立系統管理者帳號（僅顯示這一次）");
		console.println("   帳號：" + properties.initialAdmin());
		console.println("   密碼：" + password);
		console.println(" 請立即記下。資料庫只保存密碼的 BCrypt 雜湊值，之後不會再顯示；");
		console.println(" 正式使用者請設定於 config/application.yml 的 quality.security.users。");
		console.println("==================================================================");
		console.println();
		return password;
	}

	static String randomPassword(int length) {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
