package tw.gov.quality.board;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.web.ConsoleQuarter.as;

/** The quarter board on real submissions: states, times, findings, rates, and only the user's tree. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BoardPageTests {

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
	void theAdministratorSeesEveryTreeWithEachOfficesStateAndTheRates() throws Exception {
		mvc.perform(get("/board").param("year", "104").param("quarter", "2").with(as(users, "t-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("104年第2季 繳交情形"), containsString("法務部行政執行署臺北分署"),
					containsString("臺北市政府民政局"), containsString("桃園縣新屋鄉公所"))))
			.andExpect(content().string(allOf(containsString(">準時<"), containsString(">逾期<"),
					containsString(">退件未補正<"), containsString(">未繳<"), containsString("免繳（本年度無計畫）"))))
			.andExpect(content().string(containsString("104年7月8日 23:59:59")))
			.andExpect(content().string(containsString(
					"/submissions/" + quarter.submission("AEA-TYN") + "\">")))
			// the 13 分署 owe a sheet (MOJ's plan covers them); 3 submitted, 2 on time
			.andExpect(content().string(allOf(containsString("應繳機關<b>13</b>"), containsString("已繳<b>3</b>"),
					containsString("繳交率<b>23.1%</b>"), containsString("準時率<b>15.4%</b>"))));
	}

	@Test
	void aSupervisorSeesOnlyItsSubtree() throws Exception {
		mvc.perform(get("/board").param("year", "104").param("quarter", "2").with(as(users, "t-aea")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("法務部行政執行署臺北分署"), containsString("/offices/MOJ-AEA\""))))
			.andExpect(content().string(allOf(not(containsString("臺北市政府民政局")), not(containsString("/offices/MOJ\"")),
					not(containsString("TYC-XW")))));
		mvc.perform(get("/board").param("year", "104").param("quarter", "2").with(as(users, "t-tpeca")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("臺北市士林區戶政事務所"), not(containsString("AEA-TPE")),
					containsString("應繳機關<b>0</b>"))));
	}

	@Test
	void anOfficeHasNoBoardButItsOwnPage() throws Exception {
		mvc.perform(get("/board").with(as(users, "t-tpe"))).andExpect(status().isForbidden());
		mvc.perform(get("/").with(as(users, "t-tpe"))).andExpect(redirectedUrl("/offices/AEA-TPE"));
		mvc.perform(get("/").with(as(users, "t-aea"))).andExpect(redirectedUrl("/board"));
	}

	@Test
	void aYearNobodyCanReadIsABadRequestInChinese() throws Exception {
		mvc.perform(get("/board").param("year", "abc").param("quarter", "2").with(as(users, "t-admin")))
			.andExpect(status().isBadRequest())
			.andExpect(status().reason(containsString("年度「abc」無法辨識")));
	}

}
