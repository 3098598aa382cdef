package tw.gov.quality.jobs;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;

import tw.gov.quality.IntegrationTest;
import tw.gov.quality.calendar.ReportingPeriod;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily deadline check and reminders are recorded batch runs, listed with the other jobs. */
@IntegrationTest
class TrackedRunsTests {

	@Autowired
	TrackedRuns runs;

	@Autowired
	JobHistory history;

	@Test
	void theDeadlineCheckIsABatchRunWithItsCounts() throws Exception {
		JobExecution execution = runs.checkDeadlines(new ReportingPeriod(104, 2), LocalDateTime.of(2015, 7, 15, 9, 0));
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		JobRun run = history.find(execution.getId()).orElseThrow();
		assertThat(run.jobLabel()).isEqualTo("期限檢查");
		assertThat(run.writeCount()).isEqualTo(13);
		assertThat(run.steps()).singleElement().satisfies(step -> assertThat(step.exitDescription()).contains("未繳"));
		assertThat(run.parameters()).contains("year=104").contains("quarter=2");
	}

	@Test
	void remindersAreABatchRun() throws Exception {
		JobExecution execution = runs.sendReminders(new ReportingPeriod(96, 2), LocalDateTime.of(2007, 7, 15, 9, 0));
		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(history.recent("reminderJob", 5, 0)).extracting(JobRun::id).contains(execution.getId());
	}

}
