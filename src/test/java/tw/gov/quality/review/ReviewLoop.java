package tw.gov.quality.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.report.Consolidation;

/** A quarter that was ingested and consolidated for real, so that MOJ-AEA holds review forms to fill in. */
final class ReviewLoop {

	private static Path version;

	private static Path version107;

	private ReviewLoop() {
	}

	/** The form MOJ-AEA was sent for the office for 104 Q2; made once, again if another test removed it. */
	static Path reviewFormsFor(JdbcClient jdbc, Folders folders, JobOperatorTestUtils jobs, Job ingestJob,
			OfficeRegistry offices, PlanRegistry plans, Consolidation consolidation, String office) throws Exception {
		if (version == null || !Files.exists(version.resolve("manifest.json"))) {
			ReportingPeriod q2 = ReviewFormIngestTests.Q2;
			LocalDateTime deadline = ReviewFormIngestTests.DEADLINE;
			IngestTesting inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
			inbox.dropGoodSheet("AEA-TPE", q2, deadline.minusDays(2));
			inbox.dropSheetBehindPace("AEA-SHL", q2, deadline.plusDays(2), "1.3");
			inbox.ingest();
			Consolidation.Result result = consolidation.consolidate(q2, "MOJ-AEA", ReviewFormIngestTests.AS_OF);
			if (result.status() != BatchStatus.COMPLETED) {
				throw new AssertionError("consolidation " + result);
			}
			version = Path.of(result.folders().get(0));
		}
		return version.resolve("審查意見表_" + office + "_104年第2季.xlsx");
	}

	/** The form MOJ-AEA was sent for AEA-NTP for 107 Q2: its plan (seed 000) scores 1,000 points, pass 750. */
	static Path evaluatedFormFor(JdbcClient jdbc, Folders folders, JobOperatorTestUtils jobs, Job ingestJob,
			OfficeRegistry offices, PlanRegistry plans, Consolidation consolidation) throws Exception {
		if (version107 == null || !Files.exists(version107.resolve("manifest.json"))) {
			ReportingPeriod q2 = new ReportingPeriod(107, 2);
			IngestTesting inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
			inbox.dropGoodSheet("AEA-NTP", q2, LocalDateTime.of(2018, 7, 8, 10, 0));
			inbox.ingest();
			Consolidation.Result result = consolidation.consolidate(q2, "MOJ-AEA", LocalDateTime.of(2018, 7, 15, 9, 0));
			if (result.status() != BatchStatus.COMPLETED) {
				throw new AssertionError("consolidation " + result);
			}
			version107 = Path.of(result.folders().get(0));
		}
		return version107.resolve("審查意見表_AEA-NTP_107年第2季.xlsx");
	}

}
