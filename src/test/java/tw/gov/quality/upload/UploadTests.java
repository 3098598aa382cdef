package tw.gov.quality.upload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.ingest.IngestFixture;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.security.UserDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.web.ConsoleQuarter.as;

/** Uploads through the console and the API land in the sender's own inbox folder and go through ingestion. */
@IntegrationTest
class UploadTests {

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

	IngestFixture inbox;

	byte[] sheet;

	@BeforeEach
	void aFilledSheet() throws Exception {
		inbox = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
		jdbc.sql("DELETE FROM console_upload").update();
		Path written = inbox.drop("AEA-TPE", 104, 2, "written.xlsx", LocalDateTime.of(2015, 7, 5, 9, 0), entries -> {
		});
		sheet = Files.readAllBytes(written);
		Files.delete(written);
	}

	@Test
	void anOfficeUploadsIntoItsOwnFolderAndSeesTheOutcomeOnceIngested() throws Exception {
		int audited = uploadsAudited();
		mvc.perform(multipart("/upload").file(new MockMultipartFile("file", "第二季進度.xlsx", null, sheet))
			.with(as(users, "t-tpe"))
			.with(csrf())).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/upload"));

		List<Path> files = list(folders.inbox().resolve("AEA-TPE"));
		assertThat(files).singleElement().satisfies(file -> {
			assertThat(file.getFileName().toString()).endsWith("_第二季進度.xlsx");
			assertThat(file).hasBinaryContent(sheet);
		});
		assertThat(uploadsAudited()).isEqualTo(audited + 1);
		mvc.perform(get("/upload").with(as(users, "t-tpe")))
			.andExpect(content().string(allOf(containsString("等待收件"), containsString("http-equiv=\"refresh\""))));

		IngestFixture.touch(files.get(0), LocalDateTime.of(2015, 7, 5, 9, 0));
		inbox.ingest();

		mvc.perform(get("/upload").with(as(users, "t-tpe")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("_第二季進度.xlsx"), containsString("已接受"),
					not(containsString("http-equiv=\"refresh\"")))));
	}

	@Test
	void theApiTakesAFileForTheCallersFolder() throws Exception {
		mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", "q2.xlsx", null, sheet))
			.with(httpBasic("t-tpe", "test-password")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.office").value("AEA-TPE"));
		IngestFixture.touch(list(folders.inbox().resolve("AEA-TPE")).get(0), LocalDateTime.of(2015, 7, 5, 9, 0));
		inbox.ingest();
		mvc.perform(get("/api/uploads").with(httpBasic("t-tpe", "test-password")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].state").value("ACCEPTED"))
			.andExpect(jsonPath("$[0].submissionId").isNumber());
	}

	@Test
	void uploadsThatAreNotAllowedAreRefusedAndWriteNothing() throws Exception {
		// Another office's folder.
		mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", "q2.xlsx", null, sheet))
			.param("office", "AEA-TXG")
			.with(httpBasic("t-tpe", "test-password"))).andExpect(status().isBadRequest());
		// Not a spreadsheet.
		mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", "notes.txt", null, "x".getBytes()))
			.with(httpBasic("t-tpe", "test-password"))).andExpect(status().isBadRequest());
		// The console form without its CSRF token.
		mvc.perform(multipart("/upload").file(new MockMultipartFile("file", "q2.xlsx", null, sheet))
			.with(as(users, "t-tpe"))).andExpect(status().isForbidden());
		// An administrator must say which folder.
		mvc.perform(multipart("/api/uploads").file(new MockMultipartFile("file", "q2.xlsx", null, sheet))
			.with(httpBasic("t-admin", "test-password"))).andExpect(status().isBadRequest());
		assertThat(Files.exists(folders.inbox().resolve("AEA-TXG")) ? list(folders.inbox().resolve("AEA-TXG")) : List.of())
			.isEmpty();
		assertThat(list(folders.inbox().resolve("AEA-TPE"))).isEmpty();
	}

	@Test
	void aFileNameCannotLeaveTheFolderOrHideFromTheInbox() {
		assertThat(Uploads.name("../../etc/passwd.xlsx")).isEqualTo("passwd.xlsx");
		assertThat(Uploads.name("C:\\temp\\.writing-x.ods")).isEqualTo("writing-x.ods");
		assertThat(Uploads.name("a\u202Eb.xls")).isEqualTo("a_b.xls");
	}

	private int uploadsAudited() {
		return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'UPLOAD' AND username = 't-tpe'")
			.query(Integer.class)
			.single();
	}

	private static List<Path> list(Path folder) throws Exception {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.toList();
		}
	}

}
