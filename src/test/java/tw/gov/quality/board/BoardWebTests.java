package tw.gov.quality.board;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.report.SubmissionState;
import tw.gov.quality.security.WebSecurityTestConfiguration;
import tw.gov.quality.web.PeriodParameters;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.security.WebSecurityTestConfiguration.ADMIN;
import static tw.gov.quality.security.WebSecurityTestConfiguration.OFFICE;
import static tw.gov.quality.security.WebSecurityTestConfiguration.SUPERVISOR;

/** The board's page and API alone, on the real security chains, with the board itself stubbed. */
@WebMvcTest({ BoardController.class, BoardApiController.class })
@Import({ WebSecurityTestConfiguration.class, BoardWebTests.FixedClock.class })
class BoardWebTests {

	static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(LocalDateTime.of(2015, 7, 15, 9, 0).atZone(ZoneId.of("Asia/Taipei")).toInstant(),
					ZoneId.of("Asia/Taipei"));
		}

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	QuarterBoard board;

	@MockitoBean
	PeriodParameters periods;

	@BeforeEach
	void stubs() {
		given(periods.parse(any(), any())).willReturn(Q2);
		given(periods.years()).willReturn(List.of(104));
		given(periods.pick(any(), any(), any())).willCallRealMethod();
		BoardRow row = new BoardRow("AEA-TPE", "法務部行政執行署臺北分署", "MOJ-AEA", 1, false, true, SubmissionState.LATE,
				LocalDateTime.of(2015, 7, 10, 23, 59, 59), null, LocalDateTime.of(2015, 7, 12, 8, 30), 7L, true, 0, 2, 0, 0,
				0, null, null);
		given(board.build(any(), eq(Q2), any())).willReturn(new Board(Q2, Q2.label(),
				LocalDateTime.of(2015, 7, 15, 9, 0), List.of(row), 1, 1, 0, Map.of(SubmissionState.LATE, 1L), 1.0, 0.0));
	}

	@Test
	void aSupervisorSeesTheBoardInChineseWithRocDates() throws Exception {
		mvc.perform(get("/board").with(user(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("104年第2季 繳交情形"), containsString(">逾期<"),
					containsString("104年7月12日 08:30:00"), containsString("/files/submissions/7/receipt"),
					containsString("繳交率<b>100.0%</b>"))));
		verify(board).build(eq(SUPERVISOR), eq(Q2), eq(LocalDateTime.of(2015, 7, 15, 9, 0)));
	}

	@Test
	void anOfficeIsRefusedTheBoardBeforeAnythingIsComputed() throws Exception {
		mvc.perform(get("/board").with(user(OFFICE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/board").with(user(OFFICE)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verifyNoInteractions(board);
	}

	@Test
	void strangersAreSentToSignIn() throws Exception {
		mvc.perform(get("/board")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/board"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.title").value("未登入或帳號密碼錯誤"));
		verifyNoInteractions(board);
	}

	@Test
	void theApiGivesTheSameBoardAsJson() throws Exception {
		mvc.perform(get("/api/board").param("year", "104").param("quarter", "2").with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[0].officeCode").value("AEA-TPE"))
			.andExpect(jsonPath("$.rows[0].state").value("LATE"))
			.andExpect(jsonPath("$.rows[0].receivedAt").value("2015-07-12T08:30:00"))
			.andExpect(jsonPath("$.reportingRate").value(1.0));
	}

}
