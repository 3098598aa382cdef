package tw.gov.quality.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static tw.gov.quality.web.ConsoleQuarter.as;

/**
 * Every row of the README's Operations table, for every kind of caller: anyone gets UP/DOWN from health
 * and its probes, only an administrator sees the components; metrics, Prometheus and info are for an
 * administrator or the METRICS scrape account over HTTP Basic (no session), never for offices or
 * supervisors, and the scrape account reaches nothing else.
 */
@IntegrationTest
class ActuatorAccessTests {

	static final String PASSWORD = "test-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	private MockHttpServletResponse call(String url, RequestPostProcessor who) throws Exception {
		var request = get(url);
		if (who != null) {
			request.with(who);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void healthAndItsProbesAnswerAnyoneWithTheStatusOnly() throws Exception {
		for (String url : new String[] { "/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness" }) {
			MockHttpServletResponse response = call(url, null);
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(response.getRedirectedUrl()).as(url).isNull();
			assertThat(response.getContentAsString()).as(url)
				.contains("\"status\":\"UP\"")
				.doesNotContain("components", "details", "MariaDB", "test-inbox");
			assertThat(response.getHeader("Set-Cookie")).as(url).isNull();
		}
	}

	@Test
	void officesAndSupervisorsSeeTheStatusOnlyToo() throws Exception {
		for (String user : new String[] { "t-tpe", "t-aea", "t-scrape" }) {
			MockHttpServletResponse response = call("/actuator/health", httpBasic(user, PASSWORD));
			assertThat(response.getStatus()).as(user).isEqualTo(200);
			assertThat(response.getContentAsString()).as(user).doesNotContain("components");
		}
	}

	@Test
	void anAdministratorSeesEveryComponentAndItsDetails() throws Exception {
		for (RequestPostProcessor admin : new RequestPostProcessor[] { httpBasic("t-admin", PASSWORD),
				as(users, "t-admin") }) {
			String health = call("/actuator/health", admin).getContentAsString();
			assertThat(health).contains("\"components\"", "\"db\"", "\"folders\"", "\"scheduler\"", "MariaDB");
			assertThat(call("/actuator/health/readiness", admin).getContentAsString()).contains("\"folders\"",
					"\"db\"");
		}
	}

	@Test
	void metricsPrometheusAndInfoAreForAdministratorsAndTheScrapeAccount() throws Exception {
		for (String url : new String[] { "/actuator/metrics", "/actuator/prometheus", "/actuator/info" }) {
			MockHttpServletResponse anonymous = call(url, null);
			assertThat(anonymous.getStatus()).as(url + " anonymous").isEqualTo(401);
			assertThat(anonymous.getHeader("WWW-Authenticate")).as(url).startsWith("Basic");
			assertThat(anonymous.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(call(url, httpBasic("t-scrape", "wrong-password")).getStatus()).as(url).isEqualTo(401);
			for (String user : new String[] { "t-tpe", "t-txg", "t-aea", "t-tpeca" }) {
				assertThat(call(url, httpBasic(user, PASSWORD)).getStatus()).as(url + " as " + user).isEqualTo(403);
				assertThat(call(url, as(users, user)).getStatus()).as(url + " signed in as " + user).isEqualTo(403);
			}
			for (String user : new String[] { "t-admin", "t-scrape" }) {
				MockHttpServletResponse response = call(url, httpBasic(user, PASSWORD));
				assertThat(response.getStatus()).as(url + " as " + user).isEqualTo(200);
				assertThat(response.getHeader("Set-Cookie")).as("a scrape never opens a session").isNull();
			}
		}
		assertThat(call("/actuator/prometheus", httpBasic("t-scrape", PASSWORD)).getContentAsString())
			.contains("application=\"quality-progress\"");
	}

	@Test
	void theScrapeAccountReachesNothingOfTheConsoleOrTheApi() throws Exception {
		assertThat(call("/api/me", httpBasic("t-scrape", PASSWORD)).getStatus()).isEqualTo(403);
		assertThat(call("/api/offices", httpBasic("t-scrape", PASSWORD)).getStatus()).isEqualTo(403);
		assertThat(call("/downloads", as(users, "t-scrape")).getStatus()).isEqualTo(403);
		assertThat(call("/", as(users, "t-scrape")).getStatus()).isEqualTo(403);
	}

	@Test
	void otherActuatorEndpointsAreNotExposed() throws Exception {
		assertThat(call("/actuator/env", httpBasic("t-admin", PASSWORD)).getStatus()).isEqualTo(404);
		assertThat(call("/actuator/env", httpBasic("t-scrape", PASSWORD)).getStatus()).isEqualTo(403);
	}

}
