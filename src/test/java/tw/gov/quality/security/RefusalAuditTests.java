package tw.gov.quality.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tw.gov.quality.IntegrationTest;
import tw.gov.quality.audit.AuditEntry;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static tw.gov.quality.web.ConsoleQuarter.as;

/**
 * Every refusal of access is in the audit log the same way, wherever it was decided: by role in a filter
 * chain (pages, API, actuator) or by office in a controller; a download's as {@code DOWNLOAD}, any other
 * as {@code ACCESS}; once each, with who, the method and path, and why.
 */
@IntegrationTest
class RefusalAuditTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private long lastId() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
	}

	/** Performs the request (which must be a 403) and returns the audit lines it wrote. */
	private List<AuditEntry> refused(MockHttpServletRequestBuilder request) throws Exception {
		long before = lastId();
		assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).isEqualTo(403);
		return audit.recent(null, 10, 0).stream().filter(entry -> entry.id() > before).toList();
	}

	@Test
	void aDownloadRefusedByRoleIsAuditedLikeOneRefusedByOffice() throws Exception {
		List<AuditEntry> page = refused(get("/files/reports/104/2/MOJ-AEA/1/workbook").with(as(users, "t-tpe")));
		assertThat(page).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("DOWNLOAD");
			assertThat(entry.outcome()).isEqualTo(AuditOutcome.REFUSED);
			assertThat(entry.username()).isEqualTo("t-tpe");
			assertThat(entry.role()).isEqualTo("OFFICE");
			assertThat(entry.parameters()).contains("method=GET", "path=/files/reports/104/2/MOJ-AEA/1/workbook");
			assertThat(entry.detail()).contains("OFFICE");
		});
		List<AuditEntry> api = refused(get("/api/files/reports/104/2/MOJ-AEA/1/workbook").with(httpBasic("t-txg", "test-password")));
		assertThat(api).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("DOWNLOAD");
			assertThat(entry.outcome()).isEqualTo(AuditOutcome.REFUSED);
			assertThat(entry.username()).isEqualTo("t-txg");
		});
		List<AuditEntry> byOffice = refused(get("/files/templates/104/2/AEA-TXG").with(as(users, "t-tpe")));
		assertThat(byOffice).as("audited once, with the download's own parameters").singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("DOWNLOAD");
			assertThat(entry.parameters()).contains("kind=template", "office=AEA-TXG");
			assertThat(entry.detail()).contains("AEA-TXG");
		});
	}

	@Test
	void pagesApiAndActuatorRefusalsAreAuditedAsAccess() throws Exception {
		assertThat(refused(get("/offices/AEA-TXG").with(as(users, "t-tpe")))).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("ACCESS");
			assertThat(entry.parameters()).contains("path=/offices/AEA-TXG");
			assertThat(entry.detail()).contains("您沒有權限查看機關 AEA-TXG 的資料");
		});
		assertThat(refused(get("/api/offices/AEA-TXG").with(httpBasic("t-tpe", "test-password")))).singleElement()
			.satisfies(entry -> assertThat(entry.action()).isEqualTo("ACCESS"));
		assertThat(refused(get("/jobs").with(as(users, "t-aea")))).singleElement().satisfies(entry -> {
			assertThat(entry.action()).isEqualTo("ACCESS");
			assertThat(entry.role()).isEqualTo("SUPERVISOR");
		});
		assertThat(refused(get("/api/audit").with(httpBasic("t-aea", "test-password")))).singleElement()
			.satisfies(entry -> assertThat(entry.parameters()).contains("path=/api/audit"));
		assertThat(refused(get("/actuator/prometheus").with(httpBasic("t-aea", "test-password")))).singleElement()
			.satisfies(entry -> assertThat(entry.parameters()).contains("path=/actuator/prometheus"));
	}

	@Test
	void whatIsAllowedLeavesNoRefusal() throws Exception {
		long before = lastId();
		assertThat(mvc.perform(get("/offices/AEA-TPE").with(as(users, "t-tpe"))).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(audit.recent(null, 10, 0)).noneMatch(entry -> entry.id() > before);
	}

}
