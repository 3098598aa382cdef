package tw.gov.quality.web;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.security.UserDirectory;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The quarter the console tests look at, received through the real ingestion job: 104年第2季 with
 * 臺北分署 on time, 士林分署 late, 桃園分署 refused, 臺中分署 on time, and a file in the inbox root.
 * Also the test users (integration-test.properties) as request post-processors.
 */
public final class ConsoleQuarter {

	public static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	public static final LocalDateTime DEADLINE = LocalDateTime.of(2015, 7, 10, 23, 59, 59);

	private final JdbcClient jdbc;

	private final Map<String, Long> submissions = new HashMap<>();

	public ConsoleQuarter(JdbcClient jdbc, Folders folders, JobOperatorTestUtils jobs, Job ingestJob,
			OfficeRegistry offices, PlanRegistry plans) throws Exception {
		this.jdbc = jdbc;
		IngestTesting inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
		jdbc.sql("DELETE FROM deadline_extension").update();
		inbox.dropGoodSheet("AEA-TPE", Q2, DEADLINE.minusDays(2));
		inbox.dropSheetBehindPace("AEA-SHL", Q2, DEADLINE.plusDays(2), "1.3");
		inbox.dropBadSheet("AEA-TYN", Q2, DEADLINE.minusDays(1));
		inbox.dropGoodSheet("AEA-TXG", Q2, DEADLINE.minusDays(3));
		java.nio.file.Path stray = folders.inbox().resolve("stray.xlsx");
		java.nio.file.Files.createDirectories(folders.inbox());
		java.nio.file.Files.writeString(stray, "not a workbook");
		inbox.ingest();
		jdbc.sql("SELECT id, COALESCE(office_code, '') FROM submission ORDER BY id")
			.query((rs, n) -> submissions.put(rs.getString(2), rs.getLong(1)))
			.list();
	}

	/** The (only) submission of an office; {@code ""} for the one from the inbox root. */
	public long submission(String officeCode) {
		Long id = submissions.get(officeCode);
		if (id == null) {
			throw new IllegalArgumentException("no submission from " + officeCode);
		}
		return id;
	}

	public JdbcClient jdbc() {
		return jdbc;
	}

	/** Signed in as a test user, without the cost of checking the password. */
	public static RequestPostProcessor as(UserDirectory users, String username) {
		return user(users.loadUserByUsername(username));
	}

}
