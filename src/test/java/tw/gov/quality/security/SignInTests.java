package tw.gov.quality.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in: form login with CSRF for pages, HTTP Basic for the API, with the configured BCrypt users. */
@IntegrationTest
class SignInTests {

	static final String PASSWORD = "test-password";

	@Autowired
	MockMvc mvc;

	@Test
	void pagesSendStrangersToTheChineseLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("帳號")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void formLoginWithTheRightPasswordOpensTheConsole() throws Exception {
		mvc.perform(formLogin().user("t-admin").password(PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin().user("t-admin").password("wrong-password"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user("nobody").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void formLoginWithoutTheCsrfTokenIsRefused() throws Exception {
		// As a login page left open until its session expired: back to the login page, not signed in.
		mvc.perform(post("/login").param("username", "t-admin").param("password", PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?expired"))
			.andExpect(unauthenticated());
	}

	@Test
	void logoutNeedsPostWithCsrf() throws Exception {
		mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void theApiTakesHttpBasicAndSaysWhoYouAre() throws Exception {
		mvc.perform(get("/api/me").with(httpBasic("t-aea", PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("t-aea"))
			.andExpect(jsonPath("$.role").value("SUPERVISOR"))
			.andExpect(jsonPath("$.office").value("MOJ-AEA"));
	}

	@Test
	void theApiAnswersStrangersWithAProblemAndABasicChallenge() throws Exception {
		mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("未登入或帳號密碼錯誤"));
		mvc.perform(get("/api/me").with(httpBasic("t-aea", "wrong-password"))).andExpect(status().isUnauthorized());
	}

	@Test
	void theApiNeverSetsASessionCookie() throws Exception {
		mvc.perform(get("/api/me").with(httpBasic("t-aea", PASSWORD)))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

}
