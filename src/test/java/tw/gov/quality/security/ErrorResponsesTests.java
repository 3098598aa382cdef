package tw.gov.quality.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static tw.gov.quality.web.ConsoleQuarter.as;

/**
 * Overflowing and oversized input, and the errors it causes: page numbers never overflow into a 500, text
 * longer than its column is a Chinese 400 before anything is written, every API error is a problem detail
 * with a {@code type}, the console's error page is Chinese with the menu and never shows SQL or an
 * exception, {@code GET /error} and {@code GET /logout} make sense, and a form posted after the session
 * expired asks to sign in again.
 */
@IntegrationTest
class ErrorResponsesTests {

	static final String PASSWORD = "test-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String body = response.getContentAsString();
		assertThat(body).contains("\"type\":\"urn:quality-progress:problem:", "\"status\":" + status, "\"title\":\"",
				"\"detail\":\"");
		assertThat(body).doesNotContainIgnoringCase("exception")
			.doesNotContain("SELECT", "java.", "Failed to convert", "at tw.gov");
		assertThat(body.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
			.as("in Chinese: " + body)
			.isTrue();
	}

	@Test
	void hugePageNumbersOnTheConsoleShowAnEmptyPageNotAnError() throws Exception {
		for (String url : new String[] { "/jobs?page=71582789", "/jobs?page=2147483647", "/audit?page=2147483647",
				"/jobs?page=-5" }) {
			MockHttpServletResponse response = perform(get(url).with(as(users, "t-admin")));
			assertThat(response.getStatus()).as(url).isEqualTo(200);
		}
	}

	@Test
	void hugePageNumbersOnTheApiAreAProblemSayingTheRange() throws Exception {
		for (String url : new String[] { "/api/jobs?page=2147483647", "/api/jobs?page=71582789",
				"/api/audit?page=2147483647", "/api/jobs?size=100000", "/api/audit?page=-1" }) {
			MockHttpServletResponse response = perform(get(url).with(httpBasic("t-admin", PASSWORD)));
			assertProblem(response, 400);
			assertThat(response.getContentAsString()).as(url).contains("page 須介於 0 到 10000");
		}
		assertThat(perform(get("/api/jobs?page=10000").with(httpBasic("t-admin", PASSWORD))).getStatus())
			.isEqualTo(200);
		assertProblem(perform(get("/api/jobs?page=99999999999").with(httpBasic("t-admin", PASSWORD))), 400);
	}

	@Test
	void anExtensionReasonLongerThanItsColumnIsAChinese400OnTheConsoleAndTheApiAndNothingIsDone() throws Exception {
		String reason = "因".repeat(1000);
		int extensions = jdbc.sql("SELECT COUNT(*) FROM deadline_extension").query(Integer.class).single();
		int audited = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXTEND'").query(Integer.class).single();
		for (String confirmed : new String[] { null, "true" }) {
			MockHttpServletRequestBuilder request = post("/actions/extend").param("office", "AEA-TPE")
				.param("year", "104")
				.param("quarter", "2")
				.param("until", "104/7/20")
				.param("reason", reason)
				.with(csrf())
				.with(as(users, "t-admin"));
			if (confirmed != null) {
				request.param("confirmed", confirmed);
			}
			MockHttpServletResponse response = perform(request);
			assertThat(response.getStatus()).as("confirmed=" + confirmed).isEqualTo(400);
			assertThat(response.getContentAsString()).contains("延期原因最多 500 字，目前為 1000 字")
				.contains("管理操作")
				.doesNotContain("核准人");
		}
		MockHttpServletResponse api = perform(post("/api/extensions").contentType(MediaType.APPLICATION_JSON)
			.content("{\"office\":\"AEA-TPE\",\"year\":104,\"quarter\":2,\"until\":\"104/7/20\",\"reason\":\"" + reason
					+ "\"}")
			.with(httpBasic("t-admin", PASSWORD)));
		assertProblem(api, 400);
		assertThat(api.getContentAsString()).contains("延期原因最多 500 字");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM deadline_extension").query(Integer.class).single())
			.isEqualTo(extensions);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXTEND'").query(Integer.class).single())
			.isEqualTo(audited);
	}

	@Test
	void typeConversionAndUnknownPathsOfTheApiAreProblems() throws Exception {
		assertProblem(perform(get("/api/submissions/abc").with(httpBasic("t-admin", PASSWORD))), 400);
		assertProblem(perform(get("/api/jobs/1e99").with(httpBasic("t-admin", PASSWORD))), 400);
		assertProblem(perform(get("/api/no-such-thing").with(httpBasic("t-admin", PASSWORD))), 404);
		assertProblem(perform(post("/api/extensions").contentType(MediaType.APPLICATION_JSON)
			.content("{not json")
			.with(httpBasic("t-admin", PASSWORD))), 400);
		assertProblem(perform(post("/api/extensions").contentType(MediaType.TEXT_PLAIN)
			.content("x")
			.with(httpBasic("t-admin", PASSWORD))), 415);
		assertProblem(perform(get("/api/me")), 401);
		assertProblem(perform(get("/api/jobs").with(httpBasic("t-tpe", PASSWORD))), 403);
	}

	/** The container's error dispatch, as Tomcat makes it after a controller or a filter called sendError. */
	private MockHttpServletRequestBuilder errorDispatch(int status, String message, String uri, Throwable error) {
		MockHttpServletRequestBuilder request = get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
			.requestAttr(RequestDispatcher.ERROR_MESSAGE, message)
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri);
		if (error != null) {
			request.requestAttr(RequestDispatcher.ERROR_EXCEPTION, error);
		}
		return request.with(servletRequest -> {
			servletRequest.setDispatcherType(DispatcherType.ERROR);
			return servletRequest;
		});
	}

	@Test
	void consoleErrorPagesAreChineseWithTheMenuAndNeverShowTheFrameworksOrTheDatabasesWords() throws Exception {
		MockHttpServletResponse conversion = perform(errorDispatch(400,
				"Failed to convert value of type 'java.lang.String' to required type 'long'", "/submissions/abc", null)
			.with(as(users, "t-admin")));
		assertThat(conversion.getStatus()).isEqualTo(400);
		assertThat(conversion.getContentAsString()).contains("無法完成（400）", "網址格式不正確", "批次作業", "登出")
			.doesNotContain("Failed to convert", "java.lang");
		MockHttpServletResponse sql = perform(errorDispatch(500,
				"PreparedStatementCallback; SQL [SELECT * FROM audit_log LIMIT ? OFFSET ?]; Data too long",
				"/audit", new IllegalStateException("SELECT * FROM audit_log")).header("Accept", "application/json"));
		assertProblem(sql, 500);
		MockHttpServletResponse page = perform(errorDispatch(500, "SELECT 1", "/audit", null).with(as(users, "t-tpe")));
		assertThat(page.getContentAsString()).contains("系統發生錯誤", "本機關繳交紀錄").doesNotContain("SELECT");
		MockHttpServletResponse refusal = perform(errorDispatch(403, "您沒有權限查看機關 AEA-TXG 的資料", "/offices/AEA-TXG", null)
			.with(as(users, "t-tpe")));
		assertThat(refusal.getContentAsString()).contains("沒有權限（403）", "您沒有權限查看機關 AEA-TXG 的資料", "本機關繳交紀錄");
		assertProblem(perform(errorDispatch(404, "No static resource api/x.", "/api/x", null)), 404);
	}

	@Test
	void getErrorAndGetLogoutMakeSense() throws Exception {
		MockHttpServletResponse error = perform(get("/error").with(as(users, "t-admin")));
		assertThat(error.getStatus()).isEqualTo(404);
		assertThat(error.getContentAsString()).contains("查無資料（404）", "批次作業");
		MockHttpServletResponse signedIn = perform(get("/logout").with(as(users, "t-admin")));
		assertThat(signedIn.getStatus()).isEqualTo(200);
		assertThat(signedIn.getContentAsString()).contains("確定要登出嗎", "name=\"_csrf\"", "action=\"/logout\"");
		MockHttpServletResponse anonymous = perform(get("/logout"));
		assertThat(anonymous.getStatus()).isEqualTo(200);
		assertThat(anonymous.getContentAsString()).contains("您目前沒有登入");
	}

	@Test
	void aFormPostedAfterTheSessionExpiredAsksToSignInAgain() throws Exception {
		MockHttpServletResponse expired = perform(post("/actions/ingest").param("confirmed", "true"));
		assertThat(expired.getStatus()).isEqualTo(302);
		assertThat(expired.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(perform(get("/login?expired")).getContentAsString()).contains("您的登入已逾時，請重新登入");
		MockHttpServletResponse stale = perform(post("/actions/ingest").with(as(users, "t-admin")));
		assertThat(stale.getStatus()).isEqualTo(403);
		assertThat(stale.getErrorMessage()).contains("請重新整理頁面");
	}

}
