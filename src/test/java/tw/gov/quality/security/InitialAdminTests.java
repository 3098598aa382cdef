package tw.gov.quality.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.password.PasswordEncoder;

import tw.gov.quality.IntegrationTest;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.office.OfficeRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The first start without any user: a generated administrator, printed once, stored only as a hash. */
@IntegrationTest
class InitialAdminTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@Autowired
	UserDirectory directory;

	private final ByteArrayOutputStream console = new ByteArrayOutputStream();

	@BeforeEach
	@AfterEach
	void noStoredAccount() {
		jdbc.sql("DELETE FROM console_account").update();
	}

	private InitialAdmin initialAdmin(List<SecurityProperties.User> users, String... profiles) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		SecurityProperties properties = new SecurityProperties(users, List.of(), "t-first");
		return new InitialAdmin(new UserDirectory(properties, offices, jdbc, environment), properties, encoder, jdbc,
				environment, clock, audit, new PrintStream(console, true, StandardCharsets.UTF_8));
	}

	@Test
	void withoutAnyUserTheFirstStartPrintsAGeneratedPasswordOnceAndKeepsOnlyItsHash() {
		String password = initialAdmin(List.of(), "production").ensureAnAdministrator();

		assertThat(password).hasSize(20);
		String printed = console.toString(StandardCharsets.UTF_8);
		assertThat(printed).contains("帳號：t-first").contains("密碼：" + password).contains("僅顯示這一次");
		String hash = jdbc.sql("SELECT password_hash FROM console_account WHERE username = 't-first'")
			.query(String.class)
			.single();
		assertThat(hash).doesNotContain(password).matches(UserDirectory.BCRYPT);
		assertThat(encoder.matches(password, hash)).isTrue();
		MockEnvironment production = new MockEnvironment();
		production.setActiveProfiles("production");
		assertThat(new UserDirectory(new SecurityProperties(List.of(), List.of(), "t-first"), offices, jdbc, production)
			.find("t-first")).hasValueSatisfying(user -> assertThat(user.role()).isEqualTo(Role.ADMIN));
		assertThat(directory.find("t-first")).as("once users are configured, they are the users").isEmpty();
		assertThat(audit.recent("INITIAL_ADMIN", 1, 0)).singleElement()
			.satisfies(entry -> assertThat(entry.parameters()).isEqualTo("username=t-first").doesNotContain(password));

		console.reset();
		assertThat(initialAdmin(List.of(), "production").ensureAnAdministrator()).isNull();
		assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void configuredUsersMeanNothingIsGenerated() {
		SecurityProperties.User admin = new SecurityProperties.User("wang", UserDirectoryTests.HASH, Role.ADMIN, null);
		assertThat(initialAdmin(List.of(admin)).ensureAnAdministrator()).isNull();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM console_account").query(Integer.class).single()).isZero();
	}

	@Test
	void productionRefusesADemoPassword() {
		SecurityProperties.User admin = new SecurityProperties.User("wang", encoder.encode("demo1234"), Role.ADMIN, null);
		assertThatIllegalStateException().isThrownBy(() -> initialAdmin(List.of(admin), "production").refuseDemoPasswords())
			.withMessageContaining("示範密碼")
			.withMessageContaining("wang");
	}

}
