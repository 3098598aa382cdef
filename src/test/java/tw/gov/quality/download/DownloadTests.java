package tw.gov.quality.download;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tw.gov.quality.Checksums;
import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.audit.AuditEntry;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.security.UserDirectory;
import tw.gov.quality.web.ConsoleQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.web.ConsoleQuarter.Q2;
import static tw.gov.quality.web.ConsoleQuarter.as;

/**
 * Downloads by id only, each checked against the caller's subtree: a supervisor never reaches another
 * tree's files by changing an id or a path in the URL.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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

	@Autowired
	AuditLog audit;

	ConsoleQuarter quarter;

	@BeforeAll
	void quarterWithReports() throws Exception {
		quarter = new ConsoleQuarter(jdbc, folders, jobs, ingestJob, offices, plans);
		IngestTesting.deleteRecursively(folders.output().resolve("reports"));
		IngestTesting.deleteRecursively(folders.output().resolve("templates"));
		LocalDateTime asOf = LocalDateTime.of(2015, 7, 15, 9, 0);
		consolidation.consolidate(Q2, "MOJ-AEA", asOf);
		consolidation.consolidate(Q2, "MOJ", asOf);
	}

	@Test
	void anOfficeDownloadsItsOwnReceiptAndOriginal() throws Exception {
		long id = quarter.submission("AEA-TPE");
		mvc.perform(get("/files/submissions/" + id + "/receipt").with(as(users, "t-tpe")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX))
			.andExpect(header().string("Content-Disposition", allOf(containsString("attachment"), containsString("UTF-8''"))));
		MvcResult original = mvc.perform(get("/files/submissions/" + id + "/original").with(as(users, "t-tpe")))
			.andExpect(status().isOk())
			.andReturn();
		String archived = jdbc.sql("SELECT archived_path FROM submission WHERE id = ?").param(id).query(String.class).single();
		assertThat(original.getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(Path.of(archived)));
		assertThat(Checksums.sha256(Path.of(archived))).isEqualTo(
				jdbc.sql("SELECT sha256 FROM submission WHERE id = ?").param(id).query(String.class).single());
	}

	@Test
	void supervisorsAndAdministratorsDownloadTheFilesOfTheirTree() throws Exception {
		long id = quarter.submission("AEA-TYN");
		for (String user : new String[] { "t-aea", "t-moj", "t-admin" }) {
			mvc.perform(get("/files/submissions/" + id + "/receipt").with(as(users, user))).andExpect(status().isOk());
			mvc.perform(get("/files/submissions/" + id + "/original").with(as(users, user))).andExpect(status().isOk());
		}
	}

	@Test
	void noOneReachesAnotherOfficesFilesByChangingTheId() throws Exception {
		long tpe = quarter.submission("AEA-TPE");
		for (String user : new String[] { "t-txg", "t-tpeca" }) {
			mvc.perform(get("/files/submissions/" + tpe + "/receipt").with(as(users, user))).andExpect(status().isForbidden());
			mvc.perform(get("/files/submissions/" + tpe + "/original").with(as(users, user))).andExpect(status().isForbidden());
		}
		long stray = quarter.submission("");
		mvc.perform(get("/files/submissions/" + stray + "/original").with(as(users, "t-aea"))).andExpect(status().isForbidden());
		mvc.perform(get("/files/submissions/" + stray + "/original").with(as(users, "t-admin"))).andExpect(status().isOk());
		AuditEntry refused = audit.recent("DOWNLOAD", 1, 0).get(0);
		assertThat(audit.recent("DOWNLOAD", 20, 0)).anySatisfy(entry -> {
			assertThat(entry.outcome()).isEqualTo(AuditOutcome.REFUSED);
			assertThat(entry.username()).isEqualTo("t-tpeca");
			assertThat(entry.parameters()).contains("submission=" + tpe);
		});
		assertThat(refused.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
	}

	@Test
	void aTemplateIsWrittenWhenFirstAskedForAndOnlyForItsOfficeAndSupervisors() throws Exception {
		mvc.perform(get("/files/templates/104/2/AEA-TPE").with(as(users, "t-tpe")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX))
			.andExpect(header().string("Content-Disposition", containsString("AEA-TPE_104")));
		assertThat(folders.output().resolve("templates/104/Q2/AEA-TPE.xlsx")).isRegularFile();
		mvc.perform(get("/files/templates/2015/第2季/AEA-TPE").with(as(users, "t-aea"))).andExpect(status().isOk());
		mvc.perform(get("/files/templates/104/2/AEA-TXG").with(as(users, "t-tpe"))).andExpect(status().isForbidden());
		mvc.perform(get("/files/templates/104/2/AEA-TPE").with(as(users, "t-tpeca"))).andExpect(status().isForbidden());
		mvc.perform(get("/files/templates/96/2/AEA-TPE").with(as(users, "t-tpe")))
			.andExpect(status().isNotFound())
			.andExpect(status().reason(containsString("沒有 96 年度的計畫")));
	}

	@Test
	void aSupervisorDownloadsItsReportsAndReviewFormsButNoOtherTrees() throws Exception {
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/1/workbook").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(XLSX))
			.andExpect(header().string("Content-Disposition", containsString("_v1.xlsx")));
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/1/review/AEA-TPE").with(as(users, "t-aea"))).andExpect(status().isOk());
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/1/workbook").with(as(users, "t-moj"))).andExpect(status().isOk());
		// another tree, an ancestor, an office: refused
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/1/workbook").with(as(users, "t-tpeca"))).andExpect(status().isForbidden());
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/1/review/AEA-TPE").with(as(users, "t-tpeca")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/files/reports/104/2/MOJ/1/workbook").with(as(users, "t-aea"))).andExpect(status().isForbidden());
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/1/workbook").with(as(users, "t-tpe"))).andExpect(status().isForbidden());
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/1/review/AEA-TPE").with(as(users, "t-tpe")))
			.andExpect(status().isForbidden());
		// versions and offices that do not exist
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/9/workbook").with(as(users, "t-aea"))).andExpect(status().isNotFound());
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/1/review/AEA-NOPE").with(as(users, "t-aea")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aPathInsteadOfAnIdLeadsNowhere() throws Exception {
		for (String url : new String[] { "/files/templates/104/2/..%2F..%2Fconfig%2Fapplication.yml",
				"/files/templates/104/2/%2E%2E", "/files/reports/104/2/..%2FTPE-CA/1/workbook",
				"/files/reports/104/2/MOJ-AEA/1/review/..%2F..%2F..%2Fconfig", "/files/submissions/..%2F1/original" }) {
			MvcResult result = mvc.perform(get(url).with(as(users, "t-aea"))).andReturn();
			assertThat(result.getResponse().getStatus()).as(url).isIn(400, 404);
			assertThat(result.getResponse().getContentAsByteArray()).as(url).isEmpty();
		}
	}

	@Test
	void theDownloadsPageListsWhatTheUserMayHave() throws Exception {
		mvc.perform(get("/downloads").param("year", "104").param("quarter", "2").with(as(users, "t-tpe")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/files/templates/104/2/AEA-TPE"),
					not(containsString("/files/templates/104/2/AEA-TXG")), not(containsString("執行成果報告_")))));
		mvc.perform(get("/downloads").param("year", "104").param("quarter", "2").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/files/reports/104/2/MOJ-AEA/1/workbook"),
					containsString("/files/reports/104/2/MOJ-AEA/1/review/AEA-TPE"),
					not(containsString("/files/reports/104/2/MOJ/")))));
	}

}
