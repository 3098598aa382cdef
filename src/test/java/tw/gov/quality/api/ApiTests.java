package tw.gov.quality.api;

import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.web.ConsoleQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.web.ConsoleQuarter.Q2;

/** The JSON API: the console's capabilities with HTTP Basic, errors as RFC 9457 problem details. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTests {

	@Autowired
	MockMvc mvc;

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
	AuditLog audit;

	@Autowired
	OfficeDeadlines deadlines;

	@Autowired
	Consolidation consolidation;

	ConsoleQuarter quarter;

	@BeforeAll
	void quarter() throws Exception {
		quarter = new ConsoleQuarter(jdbc, folders, jobs, ingestJob, offices, plans);
		IngestTesting.deleteRecursively(folders.output().resolve("reports"));
		consolidation.consolidate(Q2, "MOJ-AEA", LocalDateTime.of(2015, 7, 15, 9, 0));
	}

	static RequestPostProcessor as(String user) {
		return httpBasic(user, "test-password");
	}

	@Test
	void theBoardAsJson() throws Exception {
		mvc.perform(get("/api/board").param("year", "104").param("quarter", "2").with(as("t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.periodLabel").value("104年第2季"))
			.andExpect(jsonPath("$.expected").value(13))
			.andExpect(jsonPath("$.received").value(3))
			.andExpect(jsonPath("$.counts.ON_TIME").value(2))
			.andExpect(jsonPath("$.rows[?(@.officeCode == 'AEA-TPE')].state").value(hasItem("ON_TIME")))
			.andExpect(jsonPath("$.rows[?(@.officeCode == 'AEA-TPE')].receivedAt").value(hasItem("2015-07-08T23:59:59")))
			.andExpect(jsonPath("$.rows[*].officeCode").value(not(hasItem("TPE-CA"))));
	}

	@Test
	void officesSubmissionsAndFindingsAsJson() throws Exception {
		mvc.perform(get("/api/offices").with(as("t-tpe")))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].code").value("AEA-TPE"));
		mvc.perform(get("/api/offices/AEA-TYN/submissions").with(as("t-aea")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].submission.state").value("REFUSED"))
			.andExpect(jsonPath("$[0].findings[0].rule").exists())
			.andExpect(jsonPath("$[0].findings[0].message").value(containsString("差不多")));
		mvc.perform(get("/api/offices/AEA-TPE").param("year", "104").param("quarter", "2").with(as("t-tpe")))
			.andExpect(jsonPath("$.state").value("ON_TIME"))
			.andExpect(jsonPath("$.deadline").value("2015-07-10T23:59:59"));
		mvc.perform(get("/api/submissions/" + quarter.submission("AEA-TPE")).with(as("t-tpe")))
			.andExpect(jsonPath("$.submission.officeCode").value("AEA-TPE"));
	}

	@Test
	void anotherTreesDataIsAForbiddenProblem() throws Exception {
		mvc.perform(get("/api/submissions/" + quarter.submission("AEA-TPE")).with(as("t-tpeca")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.title").value("沒有權限"))
			.andExpect(jsonPath("$.detail").value(containsString("AEA-TPE")))
			.andExpect(jsonPath("$.instance").value("/api/submissions/" + quarter.submission("AEA-TPE")));
		mvc.perform(get("/api/jobs").with(as("t-aea")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void errorsAreProblemDetailsInChinese() throws Exception {
		mvc.perform(get("/api/offices/NOPE").with(as("t-admin")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("查無資料"))
			.andExpect(jsonPath("$.detail").value("查無機關代碼 NOPE"));
		mvc.perform(get("/api/jobs/abc").with(as("t-admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("參數「id」的值「abc」格式不正確"));
		mvc.perform(get("/api/no-such-thing").with(as("t-admin")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("沒有這個 API 路徑"));
		mvc.perform(get("/api/board").param("year", "abc").with(as("t-admin")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("年度「abc」無法辨識")));
		mvc.perform(post("/api/actions/consolidate").with(as("t-admin")).contentType(MediaType.APPLICATION_JSON).content("{oops"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("請求內容不正確"));
		mvc.perform(post("/api/actions/consolidate").with(as("t-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"supervisor\":\"AEA-TPE\",\"year\":104,\"quarter\":2}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("沒有所屬機關，不需彙整")));
		mvc.perform(post("/api/jobs/999999/recover").with(as("t-admin")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("查無批次執行 #999999"));
		mvc.perform(post("/api/board").with(as("t-admin")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anActionAnswers202AndItsAuditLineTellsHowItEnded() throws Exception {
		String body = mvc.perform(post("/api/actions/consolidate").with(as("t-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"supervisor\":\"MOJ-AEA\",\"year\":2015,\"quarter\":2}"))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.outcome").value("STARTED"))
			.andExpect(jsonPath("$.action").value("CONSOLIDATE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long auditId = Long.parseLong(body.replaceAll(".*\"auditId\":(\\d+).*", "$1"));
		long until = System.currentTimeMillis() + 60_000;
		while (audit.find(auditId).orElseThrow().outcome() == AuditOutcome.STARTED && System.currentTimeMillis() < until) {
			Thread.sleep(100);
		}
		mvc.perform(get("/api/audit/" + auditId).with(as("t-admin")))
			.andExpect(jsonPath("$.outcome").value("SUCCEEDED"))
			.andExpect(jsonPath("$.username").value("t-admin"))
			.andExpect(jsonPath("$.jobExecutionId").isNumber());
		mvc.perform(get("/api/jobs").param("job", "consolidateJob").with(as("t-admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.runs[0].jobName").value("consolidateJob"))
			.andExpect(jsonPath("$.runs[0].status").value("COMPLETED"));
	}

	@Test
	void anExtensionThroughTheApi() throws Exception {
		mvc.perform(post("/api/extensions").with(as("t-admin"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"office\":\"AEA-HUN\",\"year\":104,\"quarter\":2,\"until\":\"104/7/17\",\"reason\":\"系統維護\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.outcome").value("SUCCEEDED"))
			.andExpect(jsonPath("$.message").value(containsString("104年7月17日")));
		assertThat(deadlines.deadline("AEA-HUN", Q2)).isEqualTo(LocalDateTime.of(2015, 7, 17, 23, 59, 59));
		jdbc.sql("DELETE FROM deadline_extension WHERE office_code = 'AEA-HUN'").update();
	}

	@Test
	void downloadsAndWhatThereIsToDownload() throws Exception {
		mvc.perform(get("/api/reports").param("year", "104").param("quarter", "2").with(as("t-aea")))
			.andExpect(jsonPath("$[?(@.supervisor.code == 'MOJ-AEA')].versions[0].version").value(hasItem(1)));
		mvc.perform(get("/api/templates").param("year", "104").param("quarter", "2").with(as("t-tpe")))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].href").value("/api/files/templates/104/2/AEA-TPE"));
		mvc.perform(get("/api/files/reports/104/2/MOJ-AEA/1/workbook").with(as("t-aea"))).andExpect(status().isOk());
		mvc.perform(get("/api/files/reports/104/2/MOJ-AEA/1/workbook").with(as("t-tpeca")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/files/submissions/" + quarter.submission("AEA-TPE") + "/receipt").with(as("t-txg")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("AEA-TPE")));
		mvc.perform(get("/api/files/submissions/999999/receipt").with(as("t-admin")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("查無收件編號 999999"));
	}

	@Test
	void theOpenApiDescriptionListsTheApiAtAStableAddress() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(startsWith("3.")))
			.andExpect(jsonPath("$.info.title").value("服務品質季進度彙報 API"))
			.andExpect(jsonPath("$.paths['/api/board']").exists())
			.andExpect(jsonPath("$.paths['/api/actions/ingest'].post").exists())
			.andExpect(jsonPath("$.paths['/api/jobs/{id}/recover'].post").exists())
			.andExpect(jsonPath("$.paths['/api/files/submissions/{id}/receipt'].get").exists())
			.andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
			.andExpect(jsonPath("$.paths.keys()").value(everyItem(startsWith("/api/"))));
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}
