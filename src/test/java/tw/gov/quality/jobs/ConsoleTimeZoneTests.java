package tw.gov.quality.jobs;

import java.time.LocalDateTime;
import java.time.ZoneId;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.security.UserDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static tw.gov.quality.web.ConsoleQuarter.Q2;
import static tw.gov.quality.web.ConsoleQuarter.as;

/**
 * The tests' JVM runs in UTC (pom.xml) and the calendar in Asia/Taipei: a batch run's times on the jobs
 * page and in {@code /api/jobs}, and a report version's time in {@code /api/reports}, are Taipei's, as the
 * audit log's are, not the JVM's eight hours earlier.
 */
@IntegrationTest
class ConsoleTimeZoneTests {

	static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDirectory users;

	@Autowired
	Consolidation consolidation;

	@Autowired
	Folders folders;

	@Test
	void jobsAndReportsAreShownInTheCalendarsZoneWhateverTheJvms() throws Exception {
		assertThat(ZoneId.systemDefault().getRules().getOffset(java.time.Instant.now()))
			.as("this test means something only when the JVM is not in Taipei's offset")
			.isNotEqualTo(TAIPEI.getRules().getOffset(java.time.Instant.now()));
		IngestTesting.deleteRecursively(folders.output().resolve("reports"));
		LocalDateTime before = LocalDateTime.now(TAIPEI).minusSeconds(2);
		long execution = consolidation.consolidate(Q2, "MOJ-AEA", LocalDateTime.of(2015, 7, 15, 9, 0)).jobExecutionId();
		LocalDateTime after = LocalDateTime.now(TAIPEI).plusSeconds(2);

		String job = mvc.perform(get("/api/jobs/" + execution).with(httpBasic("t-admin", "test-password")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (String field : new String[] { "createTime", "startTime", "endTime", "lastUpdated" }) {
			LocalDateTime time = LocalDateTime.parse(JsonPath.read(job, "$." + field));
			assertThat(time).as(field).isBetween(before, after);
		}
		assertThat(LocalDateTime.parse(JsonPath.read(job, "$.steps[0].startTime"))).isBetween(before, after);
		String list = mvc.perform(get("/api/jobs?job=consolidateJob&size=1").with(httpBasic("t-admin", "test-password")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(LocalDateTime.parse(JsonPath.read(list, "$.runs[0].startTime"))).isBetween(before, after);

		LocalDateTime start = LocalDateTime.parse(JsonPath.read(job, "$.startTime"));
		String page = mvc.perform(get("/jobs/" + execution).with(as(users, "t-admin")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(RocDates.dateTime(start).substring(0, RocDates.dateTime(start).length() - 3));

		String reports = mvc.perform(get("/api/reports?year=104&quarter=2").with(httpBasic("t-admin", "test-password")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String writtenAt = JsonPath.read(reports, "$[?(@.supervisor.code == 'MOJ-AEA')].versions[0].writtenAt").toString();
		LocalDateTime written = LocalDateTime.parse(writtenAt.replaceAll("[\\[\\]\"]", ""));
		assertThat(written).isBetween(before, after);
	}

}
