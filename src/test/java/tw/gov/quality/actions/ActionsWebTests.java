package tw.gov.quality.actions;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.QuarterAssembler;
import tw.gov.quality.security.WebSecurityTestConfiguration;
import tw.gov.quality.web.Conflict;
import tw.gov.quality.web.PeriodParameters;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.security.WebSecurityTestConfiguration.ADMIN;
import static tw.gov.quality.security.WebSecurityTestConfiguration.OFFICE;
import static tw.gov.quality.security.WebSecurityTestConfiguration.SUPERVISOR;

/** The actions' page and API alone: only administrators reach them, with CSRF, after confirming. */
@WebMvcTest({ ActionsController.class, ActionsApiController.class })
@Import({ WebSecurityTestConfiguration.class, AdminActions.class })
class ActionsWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	IngestNowAction ingest;

	@MockitoBean
	ConsolidateAction consolidate;

	@MockitoBean
	RestartAction restart;

	@MockitoBean
	RecoverAction recover;

	@MockitoBean
	ReingestAction reingest;

	@MockitoBean
	ExtendAction extend;

	@MockitoBean
	UnlockAction unlock;

	@MockitoBean
	PeriodParameters periods;

	@MockitoBean
	OfficeRegistry offices;

	@MockitoBean
	QuarterAssembler assembler;

	@MockitoBean
	AuditLog audit;

	@BeforeEach
	void stubs() {
		given(ingest.run(ADMIN))
			.willReturn(new ActionResult(41, "INGEST", AuditOutcome.STARTED, "收件作業已開始", null));
	}

	@Test
	void supervisorsAndOfficesCannotActEvenWithAValidToken() throws Exception {
		for (var who : new Object[] { SUPERVISOR, OFFICE }) {
			var user = user((org.springframework.security.core.userdetails.UserDetails) who);
			mvc.perform(post("/actions/ingest").param("confirmed", "true").with(user).with(csrf()))
				.andExpect(status().isForbidden());
			mvc.perform(post("/api/actions/ingest").with(user))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(post("/api/jobs/3/recover").with(user)).andExpect(status().isForbidden());
		}
		verifyNoInteractions(ingest, consolidate, restart, recover, reingest, extend, unlock);
	}

	@Test
	void aPageActionWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/actions/ingest").param("confirmed", "true").with(user(ADMIN))).andExpect(status().isForbidden());
		verifyNoInteractions(ingest, consolidate, restart, recover, reingest, extend, unlock);
	}

	@Test
	void nothingIsDoneBeforeTheAdministratorConfirms() throws Exception {
		mvc.perform(post("/actions/ingest").with(user(ADMIN)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("請確認：立即收件")));
		verifyNoInteractions(ingest, consolidate, restart, recover, reingest, extend, unlock);
		mvc.perform(post("/actions/ingest").param("confirmed", "true").with(user(ADMIN)).with(csrf()))
			.andExpect(redirectedUrl("/jobs"));
		verify(ingest).run(ADMIN);
	}

	@Test
	void theApiAnswers202AndAConflictAsAProblem() throws Exception {
		mvc.perform(post("/api/actions/ingest").with(user(ADMIN)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.auditId").value(41));
		given(recover.run(org.mockito.ArgumentMatchers.eq(ADMIN), anyLong()))
			.willThrow(new Conflict("批次執行 #3 可能仍在執行"));
		mvc.perform(post("/api/jobs/3/recover").with(user(ADMIN)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("目前的狀態無法執行"))
			.andExpect(jsonPath("$.detail").value("批次執行 #3 可能仍在執行"));
	}

}
