package tw.gov.quality.security;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static tw.gov.quality.web.ConsoleQuarter.as;

/**
 * Repeated failed sign-ins, by the login form and HTTP Basic: the account locks after 5 failures and the
 * address after 20 (the defaults of quality.security.login), even the right password is then refused
 * with a Chinese message, every failure and every refused attempt is audited, and an administrator's
 * unlock (audited) lets the user in again. Each test uses its own client address and cleans up its locks.
 */
@IntegrationTest
class LoginThrottleTests {

	static final String PASSWORD = "test-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void liftEveryLock() {
		throttle.locks().forEach(lock -> throttle.unlock(lock.kind(), lock.key()));
		for (String user : List.of("t-txg", "t-tpe", "t-tpeca")) {
			throttle.succeeded(user);
		}
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MockHttpServletResponse formLogin(String user, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf()).with(from(address)))
			.andReturn()
			.getResponse();
	}

	private int audited(String user, String outcome) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'LOGIN_FAILED' AND username = ? AND outcome = ?")
			.params(user, outcome)
			.query(Integer.class)
			.single();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAndEachIsAudited() throws Exception {
		int failedBefore = audited("t-txg", "FAILED");
		int refusedBefore = audited("t-txg", "REFUSED");
		for (int i = 0; i < 5; i++) {
			assertThat(formLogin("t-txg", "wrong-" + i, "10.0.1.1").getRedirectedUrl()).isEqualTo("/login?error");
		}
		MockHttpServletResponse locked = formLogin("t-txg", PASSWORD, "10.0.1.1");
		assertThat(locked.getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(formLogin("t-txg", PASSWORD, "10.0.1.2").getRedirectedUrl()).as("from anywhere")
			.isEqualTo("/login?locked");
		assertThat(mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString())
			.contains("登入失敗次數過多");
		assertThat(audited("t-txg", "FAILED")).isEqualTo(failedBefore + 5);
		assertThat(audited("t-txg", "REFUSED")).isEqualTo(refusedBefore + 2);
		String last = jdbc.sql("""
				SELECT detail FROM audit_log WHERE action = 'LOGIN_FAILED' AND username = 't-txg' AND outcome = 'FAILED'
				ORDER BY id DESC LIMIT 1""").query(String.class).single();
		assertThat(last).contains("密碼錯誤", "已失敗 5 次，鎖定至");
		String parameters = jdbc.sql("SELECT parameters FROM audit_log WHERE username = 't-txg' ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single();
		assertThat(parameters).contains("address=10.0.1.2", "channel=form");

		MockHttpServletResponse api = mvc.perform(get("/api/me").with(httpBasic("t-txg", PASSWORD)).with(from("10.0.1.3")))
			.andReturn()
			.getResponse();
		assertThat(api.getStatus()).isEqualTo(429);
		assertThat(api.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(api.getContentAsString()).contains("登入失敗次數過多", "urn:quality-progress:problem:too-many-attempts");
		assertThat(Integer.parseInt(api.getHeader("Retry-After"))).isBetween(1, 15 * 60);
	}

	@Test
	void anAdministratorSeesTheLockAndLiftsItOnRecord() throws Exception {
		for (int i = 0; i < 5; i++) {
			formLogin("t-tpe", "wrong", "10.0.2.1");
		}
		assertThat(formLogin("t-tpe", PASSWORD, "10.0.2.1").getRedirectedUrl()).isEqualTo("/login?locked");
		String page = mvc.perform(get("/actions").with(as(users, "t-admin"))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("登入鎖定", "t-tpe", "解除鎖定");
		MockHttpServletRequestBuilder unlock = post("/actions/unlock").param("kind", "ACCOUNT")
			.param("key", "t-tpe")
			.with(csrf())
			.with(as(users, "t-admin"));
		assertThat(mvc.perform(unlock).andReturn().getResponse().getContentAsString()).contains("解除登入鎖定", "t-tpe");
		MockHttpServletResponse done = mvc.perform(post("/actions/unlock").param("kind", "ACCOUNT")
			.param("key", "t-tpe")
			.param("confirmed", "true")
			.with(csrf())
			.with(as(users, "t-admin"))).andReturn().getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo("/actions");
		assertThat(jdbc.sql("SELECT detail FROM audit_log WHERE action = 'UNLOCK' ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single()).isEqualTo("已解除帳號「t-tpe」的登入鎖定");
		assertThat(formLogin("t-tpe", PASSWORD, "10.0.2.1").getRedirectedUrl()).isEqualTo("/");
		MockHttpServletResponse nothing = mvc.perform(post("/api/actions/unlock").contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"ACCOUNT\",\"key\":\"t-tpe\"}")
			.with(httpBasic("t-admin", PASSWORD))).andReturn().getResponse();
		assertThat(nothing.getStatus()).isEqualTo(404);
		assertThat(nothing.getContentAsString()).contains("目前沒有鎖定帳號「t-tpe」");
	}

	@Test
	void twentyFailuresFromOneAddressLockTheAddressNotTheAccountsElsewhere() throws Exception {
		for (int i = 0; i < 20; i++) {
			formLogin("guess-" + i, "wrong", "10.0.3.1");
		}
		assertThat(formLogin("t-tpeca", PASSWORD, "10.0.3.1").getRedirectedUrl()).isEqualTo("/login?locked");
		assertThat(formLogin("t-tpeca", PASSWORD, "10.0.3.2").getRedirectedUrl()).isEqualTo("/");
		assertThat(mvc.perform(get("/api/login-locks").with(httpBasic("t-admin", PASSWORD)).with(from("10.0.3.3")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("\"kind\":\"ADDRESS\"", "\"key\":\"10.0.3.1\"", "\"failures\":20");
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsCount() throws Exception {
		for (int i = 0; i < 4; i++) {
			formLogin("t-txg", "wrong", "10.0.4.1");
		}
		assertThat(formLogin("t-txg", PASSWORD, "10.0.4.1").getRedirectedUrl()).isEqualTo("/");
		for (int i = 0; i < 4; i++) {
			formLogin("t-txg", "wrong", "10.0.4.1");
		}
		assertThat(formLogin("t-txg", PASSWORD, "10.0.4.1").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void aVeryLongUserNameIsAuditedClippedToItsColumn() throws Exception {
		String name = "x".repeat(5000);
		assertThat(formLogin(name, "wrong", "10.0.5.1").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(jdbc.sql("SELECT CHAR_LENGTH(username) FROM audit_log WHERE action = 'LOGIN_FAILED' ORDER BY id DESC LIMIT 1")
			.query(Integer.class)
			.single()).isEqualTo(100);
	}

}
