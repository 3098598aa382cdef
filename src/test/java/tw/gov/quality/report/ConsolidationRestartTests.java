package tw.gov.quality.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A consolidation that fails midway and is restarted goes on after the last supervisor it wrote:
 * the versions already published are neither written again nor touched.
 */
@IntegrationTest
class ConsolidationRestartTests {

	private static final ReportingPeriod Q2 = new ReportingPeriod(104, 2);

	private static final LocalDateTime DEADLINE = LocalDateTime.of(2015, 7, 10, 23, 59, 59);

	private static final LocalDateTime AS_OF = LocalDateTime.of(2015, 7, 15, 9, 0);

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
	@Qualifier("consolidateJob")
	Job consolidateJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	/** Where MOJ-AEA's versions go, the second supervisor in registry order (after MOJ). */
	private Path blocked;

	@BeforeEach
	void quarterWithTwoSupervisors() throws Exception {
		IngestTesting inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
		IngestTesting.deleteRecursively(folders.output().resolve("reports"));
		inbox.dropGoodSheet("AEA-TPE", Q2, DEADLINE.minusDays(2));
		inbox.dropSheetBehindPace("AEA-SHL", Q2, DEADLINE.plusDays(2), "1.3");
		inbox.ingest();
		blocked = ConsolidationJobConfiguration.reportFolder(folders, Q2, "MOJ-AEA");
	}

	@AfterEach
	void unblock() throws Exception {
		if (blocked != null && Files.isRegularFile(blocked)) {
			Files.delete(blocked);
		}
	}

	@Test
	void aRestartedRunWritesOnlyTheSupervisorsItHadNotWritten() throws Exception {
		// A file where MOJ-AEA's folder must go: the run fails at the second supervisor.
		Files.createDirectories(blocked.getParent());
		Files.writeString(blocked, "in the way");
		jobs.setJob(consolidateJob);
		JobParameters parameters = new JobParametersBuilder()
			.addJobParameter(JobRequest.PERIOD, Q2, ReportingPeriod.class)
			.addLocalDateTime(JobRequest.AS_OF, AS_OF)
			.addLocalDateTime("runAt", LocalDateTime.now())
			.toJobParameters();

		JobExecution failed = jobs.startJob(parameters);

		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		Path ministry = ConsolidationJobConfiguration.reportFolder(folders, Q2, "MOJ");
		assertThat(versions(ministry)).containsExactly("v1");
		FileTime written = Files.getLastModifiedTime(ministry.resolve("v1").resolve(ReportVersions.MANIFEST));
		assertThat(failed.getStepExecutions().iterator().next().getWriteCount()).isEqualTo(1);

		Files.delete(blocked);
		JobExecution restarted = jobs.getJobOperator().restart(failed);

		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		// A method returning a StepExecution here would be taken by @SpringBatchTest for its step scope.
		StepExecution step = restarted.getStepExecutions().iterator().next();
		assertThat(step.getReadCount()).as("only the supervisor left to do").isEqualTo(1);
		assertThat(step.getWriteCount()).isEqualTo(1);
		assertThat(versions(ministry)).as("MOJ's report is not written again").containsExactly("v1");
		assertThat(Files.getLastModifiedTime(ministry.resolve("v1").resolve(ReportVersions.MANIFEST))).isEqualTo(written);
		assertThat(versions(blocked)).containsExactly("v1");
		assertThat(step.getExecutionContext().getString(ConsolidationJobConfiguration.OUTPUT_FOLDERS).split("\n"))
			.as("both runs' folders, for the summary")
			.containsExactly(ministry.resolve("v1").toString(), blocked.resolve("v1").toString());
	}

	private static List<String> versions(Path base) throws Exception {
		try (Stream<Path> children = Files.list(base)) {
			return children.map(child -> child.getFileName().toString()).sorted().toList();
		}
	}

}
