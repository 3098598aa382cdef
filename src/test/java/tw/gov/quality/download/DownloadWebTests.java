package tw.gov.quality.download;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.security.WebSecurityTestConfiguration;
import tw.gov.quality.web.NotFound;
import tw.gov.quality.web.PeriodParameters;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.security.WebSecurityTestConfiguration.OFFICE;
import static tw.gov.quality.security.WebSecurityTestConfiguration.SUPERVISOR;

/** The download endpoints alone: what the access check decides is what the page and the API answer. */
@WebMvcTest({ DownloadController.class, DownloadApiController.class })
@Import(WebSecurityTestConfiguration.class)
class DownloadWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Downloads downloads;

	@MockitoBean
	PeriodParameters periods;

	@Test
	void aRefusedFileIsA403OnThePageAndAProblemOnTheApi() throws Exception {
		given(downloads.receipt(OFFICE, 12, null)).willThrow(new AccessDeniedException("您沒有權限查看機關 AEA-TXG 的資料"));
		mvc.perform(get("/files/submissions/12/receipt").with(user(OFFICE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/files/submissions/12/receipt").with(user(OFFICE)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("您沒有權限查看機關 AEA-TXG 的資料"));
	}

	@Test
	void anAllowedFileIsSentAsAnAttachmentWithItsChineseName(@TempDir Path dir) throws Exception {
		Path file = Files.writeString(dir.resolve("r.xlsx"), "bytes");
		given(downloads.receipt(eq(SUPERVISOR), eq(12L), isNull())).willReturn(new Download(file, "臺北分署_回執.xlsx"));
		mvc.perform(get("/files/submissions/12/receipt").with(user(SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().bytes("bytes".getBytes()))
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''%E8%87%BA")));
	}

	@Test
	void aMissingFileIsNotFound() throws Exception {
		given(downloads.original(SUPERVISOR, 99)).willThrow(new NotFound("查無收件編號 99"));
		mvc.perform(get("/api/files/submissions/99/original").with(user(SUPERVISOR)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("查無收件編號 99"));
		mvc.perform(get("/files/submissions/99/original").with(user(SUPERVISOR)))
			.andExpect(status().isNotFound())
			.andExpect(status().reason("查無收件編號 99"));
	}

	@Test
	void anOfficeNeverReachesTheReportsEvenBeforeTheCheck() throws Exception {
		mvc.perform(get("/files/reports/104/2/MOJ-AEA/1/workbook").with(user(OFFICE))).andExpect(status().isForbidden());
		mvc.perform(get("/api/files/reports/104/2/MOJ-AEA/1/workbook").with(user(OFFICE))).andExpect(status().isForbidden());
		org.mockito.Mockito.verifyNoInteractions(downloads);
	}

}
