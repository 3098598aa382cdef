package tw.gov.quality.history;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.security.UserDirectory;
import tw.gov.quality.web.ConsoleQuarter;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.web.ConsoleQuarter.as;

/** An office's history and a submission's findings, for that office, its supervisors and administrators only. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficePageTests {

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

	ConsoleQuarter quarter;

	@BeforeAll
	void quarter() throws Exception {
		quarter = new ConsoleQuarter(jdbc, folders, jobs, ingestJob, offices, plans);
	}

	@Test
	void anOfficeSeesItsStateAndEveryFileItSent() throws Exception {
		mvc.perform(get("/offices/AEA-TYN").param("year", "104").param("quarter", "2").with(as(users, "t-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("法務部行政執行署桃園分署"), containsString(">退件<"),
					containsString(">退件未補正<"), containsString("執行狀態"))));
		mvc.perform(get("/offices/AEA-TPE").param("year", "104").param("quarter", "2").with(as(users, "t-tpe")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(">已接受<"), containsString(">準時<"),
					containsString("/submissions/" + quarter.submission("AEA-TPE")))))
			.andExpect(content().string(not(containsString("/offices/MOJ-AEA\""))));
	}

	@Test
	void aSupervisorsPageListsTheOfficesBeneathIt() throws Exception {
		mvc.perform(get("/offices/MOJ-AEA").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("所屬機關"), containsString("/offices/AEA-ILA"))));
	}

	@Test
	void aSubmissionShowsItsFindings() throws Exception {
		mvc.perform(get("/submissions/" + quarter.submission("AEA-TYN")).with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("錯誤"), containsString("差不多"))));
	}

	@Test
	void filesFromNoOfficeAreForAdministrators() throws Exception {
		mvc.perform(get("/submissions/unassigned").with(as(users, "t-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("stray.xlsx"), containsString("（收件匣最上層）"))));
		mvc.perform(get("/submissions/" + quarter.submission("")).with(as(users, "t-admin"))).andExpect(status().isOk());
	}

	@Test
	void unknownOfficesAndSubmissionsAreNotFound() throws Exception {
		mvc.perform(get("/offices/NOPE").with(as(users, "t-admin")))
			.andExpect(status().isNotFound())
			.andExpect(status().reason("查無機關代碼 NOPE"));
		mvc.perform(get("/submissions/999999").with(as(users, "t-admin"))).andExpect(status().isNotFound());
	}

}
