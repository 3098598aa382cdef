package tw.gov.quality.ingest;

import java.time.LocalDateTime;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

/** For tests of other modules: offices' sheets received through the real ingestion job. */
public final class IngestTesting {

	private final IngestFixture fixture;

	/** Starts from an empty inbox, archive and submission history. */
	public IngestTesting(JdbcClient jdbc, Folders folders, JobOperatorTestUtils jobs, Job ingestJob,
			OfficeRegistry offices, PlanRegistry plans) throws Exception {
		this.fixture = new IngestFixture(jdbc, folders, jobs, ingestJob, offices, plans);
	}

	/** A correct sheet, on pace, received at the given time. */
	public void dropGoodSheet(String office, ReportingPeriod period, LocalDateTime receivedAt) throws Exception {
		fixture.drop(office, period.rocYear(), period.quarter(), office + "-" + System.nanoTime() + ".xlsx", receivedAt,
				entries -> {
				});
	}

	/** A sheet the validator refuses (a status nobody can read). */
	public void dropBadSheet(String office, ReportingPeriod period, LocalDateTime receivedAt) throws Exception {
		fixture.drop(office, period.rocYear(), period.quarter(), office + "-" + System.nanoTime() + ".xlsx", receivedAt,
				entries -> entries.values().iterator().next().status = "差不多");
	}

	/** A sheet with one item behind pace (a warning), if the plan has a target. */
	public void dropSheetBehindPace(String office, ReportingPeriod period, LocalDateTime receivedAt, String itemCode)
			throws Exception {
		fixture.drop(office, period.rocYear(), period.quarter(), office + "-" + System.nanoTime() + ".xlsx", receivedAt,
				entries -> entries.get(itemCode).cumulative = 0);
	}

	/** A correct sheet whose 執行情形 for one item is the given text. */
	public void dropSheetWithText(String office, ReportingPeriod period, LocalDateTime receivedAt, String itemCode,
			String description) throws Exception {
		fixture.drop(office, period.rocYear(), period.quarter(), office + "-" + System.nanoTime() + ".xlsx", receivedAt,
				entries -> entries.get(itemCode).description = description);
	}

	/** See {@link IngestFixture#dropSheetWithReplies}. */
	public void dropSheetWithReplies(String office, ReportingPeriod period, LocalDateTime receivedAt,
			java.util.List<tw.gov.quality.review.TrackedItem> tracked, java.util.Map<Long, String> replies) throws Exception {
		fixture.dropSheetWithReplies(office, period, receivedAt, tracked, replies);
	}

	public static void deleteRecursively(java.nio.file.Path dir) throws java.io.IOException {
		IngestFixture.deleteRecursively(dir);
	}

	public void ingest() throws Exception {
		fixture.ingest();
	}

}
