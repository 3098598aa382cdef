package tw.gov.quality.upload;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tw.gov.quality.Folders;
import tw.gov.quality.ingest.IngestFixture;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload is ingested within seconds, by itself: the real server on a random port, the real database, the
 * scheduler off (so nothing but the upload starts an ingestion), {@code quality.upload.ingest-after=2s}. The
 * client only uploads and polls {@code GET /api/uploads}, as a script or the upload page would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "quality.upload.ingest-after=2s")
@SpringBatchTest
@TestPropertySource(locations = "classpath:integration-test.properties")
@DirtiesContext
class UploadIngestTests {

	private static final String PASSWORD = "test-password";

	/** Quartz's static registry is keyed by the scheduler's name (see MetricsTests). */
	@DynamicPropertySource
	static void ownSchedulerName(DynamicPropertyRegistry registry) {
		registry.add("spring.quartz.properties.org.quartz.scheduler.instanceName", () -> "quality-progress-uploads");
	}

	@LocalServerPort
	int port;

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

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	private IngestFixture inbox;

	@BeforeEach
	void anEmptyInbox() throws Exception {
		// Deletes every submission, the inbox and the archive.
		inbox = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
		jdbc.sql("DELETE FROM console_upload").update();
	}

	@Test
	void anUploadedSheetIsAcceptedWithinSecondsWithoutAnyoneStartingIngestion() throws Exception {
		HttpResponse<String> stored = upload("t-tpe", null, "第二季進度.xlsx", sheet("AEA-TPE"));
		assertThat(stored.statusCode()).isEqualTo(201);

		JsonNode latest = pollUntilReceived("t-tpe", 1).get(0);

		assertThat(latest.get("office").asString()).isEqualTo("AEA-TPE");
		assertThat(latest.get("name").asString()).endsWith("_第二季進度.xlsx");
		assertThat(latest.get("state").asString()).isEqualTo("ACCEPTED");
		assertThat(latest.get("submissionId").isNumber()).isTrue();
	}

	@Test
	void uploadsWithinTheDelayShareOneIngestion() throws Exception {
		long runsBefore = ingestRuns();
		for (String office : List.of("AEA-TPE", "AEA-TXG", "AEA-NTP")) {
			assertThat(upload("t-admin", office, office + ".xlsx", sheet(office)).statusCode()).isEqualTo(201);
		}

		JsonNode uploads = pollUntilReceived("t-admin", 3);

		for (JsonNode upload : uploads) {
			assertThat(upload.get("state").asString()).as(upload.get("name").asString()).isEqualTo("ACCEPTED");
		}
		assertThat(ingestRuns() - runsBefore).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(DISTINCT processed_by_execution) FROM submission").query(Long.class).single())
			.isEqualTo(1);
	}

	/** A filled-in 104 Q2 sheet of the office, as bytes; nothing left in the inbox. */
	private byte[] sheet(String office) throws Exception {
		Path written = inbox.drop(office, 104, 2, "written.xlsx", LocalDateTime.of(2015, 7, 5, 9, 0), entries -> {
		});
		byte[] bytes = Files.readAllBytes(written);
		Files.delete(written);
		return bytes;
	}

	private HttpResponse<String> upload(String user, String office, String name, byte[] content) throws Exception {
		String boundary = "----upload" + System.nanoTime();
		StringBuilder head = new StringBuilder();
		if (office != null) {
			head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"office\"\r\n\r\n")
				.append(office).append("\r\n");
		}
		head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
			.append(name).append("\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n");
		byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
		byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + content.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(content, 0, body, start.length, content.length);
		System.arraycopy(end, 0, body, start.length + content.length, end.length);
		HttpRequest request = authorized(user, "/api/uploads")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Polls the user's uploads, as the page would, until the latest {@code count} have a submission. */
	private JsonNode pollUntilReceived(String user, int count) throws Exception {
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (true) {
			HttpResponse<String> response = http.send(authorized(user, "/api/uploads").GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode uploads = json.readTree(response.body());
			assertThat(uploads.size()).isGreaterThanOrEqualTo(count);
			boolean received = true;
			for (int i = 0; i < count; i++) {
				received &= uploads.get(i).get("submissionId").isNumber()
						&& !"RECEIVED".equals(uploads.get(i).get("state").asString());
			}
			if (received) {
				return uploads;
			}
			assertThat(System.nanoTime()).as("uploads ingested within 60 s: " + uploads).isLessThan(until);
			Thread.sleep(250);
		}
	}

	private HttpRequest.Builder authorized(String user, String path) {
		String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "application/json");
	}

	private long ingestRuns() {
		return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'ingestJob'").query(Long.class).single();
	}

}
