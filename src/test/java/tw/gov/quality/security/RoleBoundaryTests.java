package tw.gov.quality.security;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.web.ConsoleQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static tw.gov.quality.web.ConsoleQuarter.Q2;
import static tw.gov.quality.web.ConsoleQuarter.as;

/**
 * Every page and API endpoint against every role, on the whole application: the allowed pairs answer,
 * and each forbidden pair is a 403 (a stranger: the login page, or a 401 from the API). Users:
 * t-admin (ADMIN), t-aea (SUPERVISOR of MOJ-AEA, the tree the data is in), t-tpeca (SUPERVISOR of
 * another tree, TPE-CA), t-tpe (OFFICE AEA-TPE, whose data it is), t-txg (OFFICE AEA-TXG, a sibling).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleBoundaryTests {

	static final List<String> USERS = List.of("t-admin", "t-aea", "t-tpeca", "t-tpe", "t-txg");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Folders folders;

	@Autowired
	JobOperatorTestUtils jobs;

	@Autowired
	@Qualifier("ingestJob")
	Job ingestJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	@Autowired
	Consolidation consolidation;

	ConsoleQuarter quarter;

	long execution;

	@BeforeAll
	void data() throws Exception {
		quarter = new ConsoleQuarter(jdbc, folders, jobs, ingestJob, offices, plans);
		IngestTesting.deleteRecursively(folders.output().resolve("reports"));
		execution = consolidation.consolidate(Q2, "MOJ-AEA", LocalDateTime.of(2015, 7, 15, 9, 0)).jobExecutionId();
	}

	@AfterAll
	void backgroundRunsEnded() throws InterruptedException {
		long until = System.currentTimeMillis() + 60_000;
		while (jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE outcome = 'STARTED'").query(Integer.class).single() > 0
				&& System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
	}

	/**
	 * One endpoint and who may use it.
	 *
	 * @param allowed the users who may; every other user must get a 403
	 */
	record Endpoint(HttpMethod method, String url, String body, List<String> allowed) {

		boolean api() {
			return url.startsWith("/api/");
		}

		@Override
		public String toString() {
			return method + " " + url;
		}

	}

	static final List<String> ADMIN = List.of("t-admin");

	static final List<String> SUPERVISORS = List.of("t-admin", "t-aea", "t-tpeca");

	static final List<String> TREE_OF_TPE = List.of("t-admin", "t-aea", "t-tpe");

	static final List<String> TREE_OF_AEA = List.of("t-admin", "t-aea");

	static final List<String> EVERYONE = USERS;

	static Endpoint get(String url, List<String> allowed) {
		return new Endpoint(HttpMethod.GET, url, null, allowed);
	}

	static Endpoint post(String url, List<String> allowed) {
		return new Endpoint(HttpMethod.POST, url, null, allowed);
	}

	static Endpoint post(String url, String body, List<String> allowed) {
		return new Endpoint(HttpMethod.POST, url, body, allowed);
	}

	static final List<Endpoint> ENDPOINTS = List.of(
			// pages
			get("/board?year=104&quarter=2", SUPERVISORS),
			get("/offices/AEA-TPE", TREE_OF_TPE),
			get("/offices/MOJ-AEA", TREE_OF_AEA),
			get("/submissions/{tpe}", TREE_OF_TPE),
			get("/submissions/unassigned", ADMIN),
			get("/jobs", ADMIN),
			get("/jobs/{execution}", ADMIN),
			get("/audit", ADMIN),
			get("/actions", ADMIN),
			post("/actions/ingest", ADMIN),
			post("/actions/consolidate?supervisor=MOJ-AEA&year=104&quarter=2", ADMIN),
			post("/actions/restart?execution={execution}", ADMIN),
			post("/actions/recover?execution={execution}", ADMIN),
			post("/actions/reingest?submission={tpe}", ADMIN),
			post("/actions/extend?office=AEA-TPE&year=104&quarter=2&until=104/7/20&reason=x", ADMIN),
			post("/actions/unlock?kind=ACCOUNT&key=nobody", ADMIN),
			get("/downloads?year=104&quarter=2", EVERYONE),
			get("/files/submissions/{tpe}/receipt", TREE_OF_TPE),
			get("/files/submissions/{tpe}/original", TREE_OF_TPE),
			get("/files/submissions/{stray}/original", ADMIN),
			get("/files/templates/104/2/AEA-TPE", TREE_OF_TPE),
			get("/files/reports/104/2/MOJ-AEA/1/workbook", TREE_OF_AEA),
			get("/files/reports/104/2/MOJ-AEA/1/review/AEA-TPE", TREE_OF_AEA),
			// API
			get("/api/me", EVERYONE),
			get("/api/board?year=104&quarter=2", SUPERVISORS),
			get("/api/offices", EVERYONE),
			get("/api/offices/AEA-TPE", TREE_OF_TPE),
			get("/api/offices/AEA-TPE/submissions", TREE_OF_TPE),
			get("/api/submissions/{tpe}", TREE_OF_TPE),
			get("/api/submissions/unassigned", ADMIN),
			get("/api/jobs", ADMIN),
			get("/api/jobs/{execution}", ADMIN),
			post("/api/jobs/999999/restart", ADMIN),
			post("/api/jobs/999999/recover", ADMIN),
			post("/api/actions/ingest", ADMIN),
			post("/api/actions/consolidate", "{\"supervisor\":\"NOPE\",\"year\":104,\"quarter\":2}", ADMIN),
			post("/api/submissions/999999/reingest", ADMIN),
			post("/api/extensions", "{\"office\":\"NOPE\",\"year\":104,\"quarter\":2,\"until\":\"104/7/20\",\"reason\":\"x\"}", ADMIN),
			get("/api/audit", ADMIN),
			get("/api/audit/1", ADMIN),
			get("/api/login-locks", ADMIN),
			post("/api/actions/unlock", "{\"kind\":\"ACCOUNT\",\"key\":\"nobody\"}", ADMIN),
			get("/api/reports?year=104&quarter=2", SUPERVISORS),
			get("/api/templates?year=104&quarter=2", EVERYONE),
			get("/api/files/submissions/{tpe}/receipt", TREE_OF_TPE),
			get("/api/files/submissions/{tpe}/original", TREE_OF_TPE),
			get("/api/files/submissions/{stray}/original", ADMIN),
			get("/api/files/templates/104/2/AEA-TPE", TREE_OF_TPE),
			get("/api/files/reports/104/2/MOJ-AEA/1/workbook", TREE_OF_AEA),
			get("/api/files/reports/104/2/MOJ-AEA/1/review/AEA-TPE", TREE_OF_AEA));

	Stream<Arguments> allowedPairs() {
		List<Arguments> pairs = new ArrayList<>();
		ENDPOINTS.forEach(endpoint -> endpoint.allowed().forEach(user -> pairs.add(Arguments.of(endpoint, user))));
		return pairs.stream();
	}

	Stream<Arguments> forbiddenPairs() {
		List<Arguments> pairs = new ArrayList<>();
		ENDPOINTS.forEach(endpoint -> USERS.stream()
			.filter(user -> !endpoint.allowed().contains(user))
			.forEach(user -> pairs.add(Arguments.of(endpoint, user))));
		return pairs.stream();
	}

	Stream<Endpoint> endpoints() {
		return ENDPOINTS.stream();
	}

	private MockHttpServletRequestBuilder build(Endpoint endpoint) {
		String url = endpoint.url()
			.replace("{tpe}", String.valueOf(quarter.submission("AEA-TPE")))
			.replace("{stray}", String.valueOf(quarter.submission("")))
			.replace("{execution}", String.valueOf(execution));
		MockHttpServletRequestBuilder request = request(endpoint.method(), url);
		if (endpoint.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
		}
		if (endpoint.method() == HttpMethod.POST && !endpoint.api()) {
			request.with(csrf());
		}
		return request;
	}

	private MockHttpServletResponse perform(Endpoint endpoint, String user) throws Exception {
		MockHttpServletRequestBuilder request = build(endpoint);
		if (user != null) {
			request.with(endpoint.api() ? httpBasic(user, "test-password") : as(users, user));
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	@ParameterizedTest(name = "{0} as {1}: allowed")
	@MethodSource("allowedPairs")
	void allowed(Endpoint endpoint, String user) throws Exception {
		MockHttpServletResponse response = perform(endpoint, user);
		if (endpoint.method() == HttpMethod.GET) {
			assertThat(response.getStatus()).as(endpoint + " as " + user).isEqualTo(200);
		}
		else {
			// an administrator's POST passed authorisation: a confirmation page, an accepted run, or a 400/404 for a
			// deliberately unknown id
			assertThat(response.getStatus()).as(endpoint + " as " + user).isIn(200, 201, 202, 400, 404);
		}
	}

	@ParameterizedTest(name = "{0} as {1}: 403")
	@MethodSource("forbiddenPairs")
	void forbidden(Endpoint endpoint, String user) throws Exception {
		MockHttpServletResponse response = perform(endpoint, user);
		assertThat(response.getStatus()).as(endpoint + " as " + user).isEqualTo(403);
		assertThat(response.getContentAsByteArray().length).as("nothing of the file or page leaks")
			.isLessThan(600);
		if (endpoint.api()) {
			assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		}
	}

	@ParameterizedTest(name = "{0} as a stranger")
	@MethodSource("endpoints")
	void strangers(Endpoint endpoint) throws Exception {
		MockHttpServletResponse response = perform(endpoint, null);
		if (endpoint.api()) {
			assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(401);
		}
		else {
			assertThat(response.getStatus()).as(endpoint.toString()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(endpoint.toString()).endsWith("/login");
		}
	}

}
