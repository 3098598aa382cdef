package tw.gov.quality.jobs;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;

import tw.gov.quality.IntegrationTest;
import tw.gov.quality.batch.JobOutcome;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily deadline check and reminders are recorded batch runs, listed with the other jobs, with their period. */
@IntegrationTest
class TrackedJobsTests {

	@Autowired
	JobStarter starter;

	@Autowired
	JobHistory history;

	@Test
	void theDeadlineCheckIsABatchRunWithItsCounts() throws Exception {
		JobOutcome outcome = starter.run(JobRequest.of(QualityJob.DEADLINE_CHECK)
			.forPeriod(new ReportingPeriod(104, 2))
			.asOf(LocalDateTime.of(2015, 7, 15, 9, 0)));
		assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
		JobRun run = history.find(outcome.executionId()).orElseThrow();
		assertThat(run.jobLabel()).isEqualTo("期限檢查");
		assertThat(run.writeCount()).isEqualTo(13);
		assertThat(run.steps()).singleElement().satisfies(step -> assertThat(step.exitDescription()).contains("未繳"));
		assertThat(run.parameters()).contains("period=104Q2").contains("asOf=2015-07-15T09:00");
	}

	@Test
	void remindersAreABatchRun() throws Exception {
		JobOutcome outcome = starter.run(
				JobRequest.of(QualityJob.REMINDER).forPeriod(new ReportingPeriod(96, 2)).asOf(LocalDateTime.of(2007, 7, 15, 9, 0)));
		assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(history.recent("reminderJob", 5, 0)).extracting(JobRun::id).contains(outcome.executionId());
	}

}
