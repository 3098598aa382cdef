package tw.gov.quality.security;

import org.junit.jupiter.api.Test;

import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server (Tomcat on a random port) behind what a proxy or an attacker sends, byte for byte:
 * forged Host headers, paths Tomcat and the firewall refuse, HTTPS announced by a trusted proxy. The
 * headers of every response, the redirects, and the errors raised before any controller.
 * {@code server.forward-headers-strategy=native}, as a deployment behind a reverse proxy sets it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
@SpringBatchTest
@TestPropertySource(locations = "classpath:integration-test.properties")
@DirtiesContext
class ServedSecurityTests {

	static final String PASSWORD = "test-password";

	static final String PROBLEM_TYPE = "\"type\":\"urn:quality-progress:problem:bad-request\"";

	/** Quartz's static registry is keyed by the scheduler's name (see MetricsTests). */
	@DynamicPropertySource
	static void ownSchedulerName(DynamicPropertyRegistry registry) {
		registry.add("spring.quartz.properties.org.quartz.scheduler.instanceName", () -> "quality-progress-served");
	}

	@LocalServerPort
	int port;

	private RawHttp http() {
		return new RawHttp(port);
	}

	private static boolean chinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	@Test
	void aForgedHostNeverEndsUpInARedirect() throws Exception {
		RawHttp http = http();
		RawHttp.Response board = http.get("/board", "Host: evil.example");
		assertThat(board.status()).isEqualTo(302);
		assertThat(board.header("Location")).isEqualTo("/login");
		RawHttp.Response signedIn = http.signIn("t-admin", PASSWORD, "Host: evil.example");
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).startsWith("/board").doesNotContain("evil");
		RawHttp.Response home = http.get("/", "Host: evil.example");
		assertThat(home.header("Location")).isEqualTo("/board");
		RawHttp.Response forwarded = http().get("/board", "X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https");
		assertThat(forwarded.header("Location")).isEqualTo("/login");
	}

	@Test
	void everyResponseCarriesTheSecurityHeadersInChinese() throws Exception {
		RawHttp http = http();
		for (RawHttp.Response response : new RawHttp.Response[] { http.get("/login"), http.get("/api/me"),
				http.get("/actuator/health"), http.basic("/api/me", "t-tpe", PASSWORD) }) {
			assertThat(response.header("Content-Security-Policy")).isEqualTo(ResponseHeaders.CONTENT_SECURITY_POLICY);
			assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
			assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
			assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(response.header("Content-Language")).isEqualTo("zh-TW");
			assertThat(response.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
		}
		RawHttp.Response login = http().get("/login", "Accept-Language: en-US,en;q=0.9");
		assertThat(login.header("Content-Language")).isEqualTo("zh-TW");
		assertThat(login.all("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
			.contains("HttpOnly", "SameSite=Lax")
			.doesNotContain("Secure"));
		assertThat(login.body()).doesNotContain("<script", "style=\"", "<style");
	}

	@Test
	void behindATrustedProxyAnnouncingHttpsHstsIsSentAndTheCookieIsSecure() throws Exception {
		RawHttp.Response login = http().get("/login", "X-Forwarded-Proto: https", "X-Forwarded-For: 203.0.113.9");
		assertThat(login.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
		assertThat(login.all("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).contains("Secure", "SameSite=Lax"));
		RawHttp.Response api = http().basic("/api/me", "t-tpe", PASSWORD, "X-Forwarded-Proto: https");
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.header("Strict-Transport-Security")).startsWith("max-age=31536000");
	}

	@Test
	void malformedApiPathsAreChineseProblemDetails() throws Exception {
		for (String path : new String[] { "/api/offices/AEA-TPE%2f..%2fMOJ", "/api/offices/AEA-TPE%5c..",
				"/api/me;jsessionid=ABCDEF", "/api/offices/AEA%252fTPE", "/api/submissions/abc" }) {
			RawHttp.Response response = http().basic(path, "t-admin", PASSWORD);
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(response.body()).as(path).contains(PROBLEM_TYPE).doesNotContain("Exception", "java.", "Tomcat");
			assertThat(chinese(response.body())).as(path + ": " + response.body()).isTrue();
		}
		RawHttp.Response anonymous = http().get("/api/offices/AEA-TPE%2f..");
		assertThat(anonymous.status()).isEqualTo(400);
		assertThat(anonymous.body()).contains(PROBLEM_TYPE);
	}

	@Test
	void malformedConsolePathsAreChinesePagesWithTheMenu() throws Exception {
		RawHttp http = http();
		http.signIn("t-admin", PASSWORD);
		for (String path : new String[] { "/offices/AEA-TPE%2f..%2fMOJ", "/offices/AEA-TPE%5c..", "/board;jsessionid=ABCDEF",
				"/offices/AEA%252fTPE", "/submissions/abc", "/jobs?page=abc" }) {
			RawHttp.Response response = http.get(path, "Accept: text/html");
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.header("Content-Type")).as(path).startsWith("text/html");
			assertThat(response.body()).as(path)
				.contains("無法完成（400）", "批次作業", "登出")
				.doesNotContain("Exception", "java.", "Failed to convert", "Tomcat");
		}
		RawHttp.Response error = http.get("/error", "Accept: text/html");
		assertThat(error.status()).isEqualTo(404);
		assertThat(error.body()).contains("查無資料（404）", "批次作業");
		RawHttp.Response refused = http().signIn("t-tpe", PASSWORD);
		assertThat(refused.status()).isEqualTo(302);
	}

	@Test
	void whatTomcatRefusesItselfIsChineseToo() throws Exception {
		for (String path : new String[] { "/api/offices/AEA%zz", "/api/offices/A%00B", "/api/offices/%C0%AE" }) {
			RawHttp.Response response = http().basic(path, "t-admin", PASSWORD);
			assertThat(response.status()).as(path).isEqualTo(400);
			assertThat(response.header("Content-Type")).as(path).startsWith("application/problem+json");
			assertThat(response.body()).as(path).contains(PROBLEM_TYPE, "網址或請求的格式不正確");
		}
		RawHttp.Response page = http().get("/board%zz");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("無法完成（400）").doesNotContain("HTTP Status", "Tomcat", "Bad Request");
		RawHttp.Response badHost = http().send("GET", "/api/me", null, null, "Host: bad host!");
		assertThat(badHost.status()).isEqualTo(400);
		assertThat(badHost.body()).contains(PROBLEM_TYPE);
		RawHttp.Response bigHeader = http().get("/api/me", "X-Padding: " + "a".repeat(20_000));
		assertThat(bigHeader.status()).isEqualTo(400);
		assertThat(bigHeader.body()).contains(PROBLEM_TYPE);
	}

	@Test
	void aRefusedPageIsTheChinese403PageWithTheMenu() throws Exception {
		RawHttp http = http();
		http.signIn("t-tpe", PASSWORD);
		RawHttp.Response jobs = http.get("/jobs", "Accept: text/html");
		assertThat(jobs.status()).isEqualTo(403);
		assertThat(jobs.body()).contains("沒有權限（403）", "本機關繳交紀錄").doesNotContain("Access Denied");
		RawHttp.Response other = http.get("/offices/AEA-TXG", "Accept: text/html");
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.body()).contains("AEA-TXG");
	}

}
