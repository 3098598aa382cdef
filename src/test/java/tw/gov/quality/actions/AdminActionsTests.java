package tw.gov.quality.actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.audit.AuditEntry;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.ingest.IngestTesting;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.security.UserDirectory;
import tw.gov.quality.web.ConsoleQuarter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tw.gov.quality.web.ConsoleQuarter.Q2;
import static tw.gov.quality.web.ConsoleQuarter.as;

/** Every administrator's action through the pages: confirmed, done (or run in the background) and recorded. */
@IntegrationTest
class AdminActionsTests {

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
	@Qualifier("consolidateJob")
	Job consolidateJob;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	PlanRegistry plans;

	@Autowired
	AuditLog audit;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	OfficeDeadlines deadlines;

	ConsoleQuarter quarter;

	@BeforeEach
	void quarter() throws Exception {
		quarter = new ConsoleQuarter(jdbc, folders, jobs, ingestJob, offices, plans);
		IngestTesting.deleteRecursively(folders.output().resolve("reports"));
	}

	/** Posts the action confirmed and returns the audit line it wrote, once it has ended. */
	private AuditEntry confirmed(String action, String... params) throws Exception {
		long before = lastAuditId();
		var request = post(action).with(as(users, "t-admin")).with(csrf()).param("confirmed", "true");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request).andExpect(status().isFound());
		long until = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < until) {
			List<AuditEntry> entries = audit.recent(null, 1, 0);
			if (!entries.isEmpty() && entries.get(0).id() > before && entries.get(0).outcome() != AuditOutcome.STARTED) {
				return entries.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the action did not end: " + audit.recent(null, 1, 0));
	}

	private long lastAuditId() {
		return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_log").query(Long.class).single();
	}

	@Test
	void everyActionAsksForConfirmationFirst() throws Exception {
		mvc.perform(post("/actions/ingest").with(as(users, "t-admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("請確認：立即收件"), containsString("name=\"confirmed\" value=\"true\""))));
		mvc.perform(post("/actions/consolidate").with(as(users, "t-admin")).with(csrf())
			.param("supervisor", "MOJ-AEA").param("year", "104").param("quarter", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("請確認：重新彙整執行成果報告"), containsString("104年第2季"))));
		mvc.perform(post("/actions/extend").with(as(users, "t-admin")).with(csrf())
			.param("office", "AEA-KHH").param("year", "104").param("quarter", "2").param("until", "104/7/20")
			.param("reason", "颱風停班"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("104年7月10日 23:59:59"), containsString("104年7月20日 23:59:59"))));
		assertThat(deadlines.extension("AEA-KHH", Q2)).isEmpty();
	}

	@Test
	void ingestNowRunsInTheBackgroundAndRecordsItsCounts() throws Exception {
		IngestTesting inbox = new IngestTesting(jdbc, folders, jobs, ingestJob, offices, plans);
		inbox.dropGoodSheet("AEA-KHH", Q2, ConsoleQuarter.DEADLINE.minusDays(1));
		mvc.perform(post("/actions/ingest").with(as(users, "t-admin")).with(csrf()).param("confirmed", "true"))
			.andExpect(redirectedUrl("/jobs"))
			.andExpect(flash().attribute("notice", containsString("收件作業已開始")));
		AuditEntry entry = awaitLast();
		assertThat(entry.action()).isEqualTo("INGEST");
		assertThat(entry.username()).isEqualTo("t-admin");
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
		assertThat(entry.detail()).contains("接受 1 份");
		assertThat(entry.jobExecutionId()).isNotNull();
		mvc.perform(get("/jobs").with(as(users, "t-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("收件"), containsString("/jobs/" + entry.jobExecutionId()))));
		mvc.perform(get("/jobs/" + entry.jobExecutionId()).with(as(users, "t-admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("receiveInboxStep"), containsString("processSubmissionsStep"))));
	}

	private AuditEntry awaitLast() throws InterruptedException {
		long until = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < until) {
			AuditEntry entry = audit.recent(null, 1, 0).get(0);
			if (entry.outcome() != AuditOutcome.STARTED) {
				return entry;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("still running");
	}

	@Test
	void consolidationForOneSupervisorWritesANewVersion() throws Exception {
		AuditEntry entry = confirmed("/actions/consolidate", "supervisor", "MOJ-AEA", "year", "104", "quarter", "2");
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
		assertThat(entry.parameters()).startsWith("supervisor=MOJ-AEA, year=104, quarter=2, asOf=");
		assertThat(folders.output().resolve("reports/104/Q2/MOJ-AEA/v1")).isDirectory();
	}

	@Test
	void aFailedExecutionIsRestartedFromTheConsole() throws Exception {
		// A file where the report folder should be: the consolidation fails.
		Path base = folders.output().resolve("reports/104/Q2/MOJ-AEA");
		Files.createDirectories(base.getParent());
		Files.writeString(base, "in the way");
		AuditEntry failed = confirmed("/actions/consolidate", "supervisor", "MOJ-AEA", "year", "104", "quarter", "2");
		assertThat(failed.outcome()).isEqualTo(AuditOutcome.FAILED);
		long execution = failed.jobExecutionId();
		assertThat(failed.detail()).doesNotContain("Exception", "java.");
		mvc.perform(get("/jobs/" + execution).with(as(users, "t-admin")))
			.andExpect(content().string(allOf(containsString("失敗原因"), containsString("重新啟動"),
					not(containsString("Exception")), not(containsString("\tat ")))));
		Files.delete(base);

		AuditEntry restarted = confirmed("/actions/restart", "execution", String.valueOf(execution));
		assertThat(restarted.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
		assertThat(restarted.detail()).contains("COMPLETED");
		assertThat(base.resolve("v1")).isDirectory();
	}

	@Test
	void onlyAFailedOrStoppedExecutionCanBeRestarted() throws Exception {
		AuditEntry done = confirmed("/actions/consolidate", "supervisor", "MOJ-AEA", "year", "104", "quarter", "2");
		mvc.perform(post("/actions/restart").with(as(users, "t-admin")).with(csrf()).param("confirmed", "true")
			.param("execution", String.valueOf(done.jobExecutionId())))
			.andExpect(redirectedUrl("/jobs/" + done.jobExecutionId()))
			.andExpect(flash().attribute("error", containsString("只有失敗或已停止的批次可以重新啟動")));
		assertThat(audit.recent("RESTART", 1, 0).get(0).outcome()).isEqualTo(AuditOutcome.REFUSED);
	}

	/** Not returning a JobExecution: @SpringBatchTest would take such a method for its own. */
	private long staleStartedConsolidation(int minutesAgo) {
		JobParameters parameters = new JobParametersBuilder()
			.addJobParameter(JobRequest.PERIOD, new ReportingPeriod(104, 2), ReportingPeriod.class)
			.addString("supervisor", "MOJ-AEA")
			.addLocalDateTime("asOf", LocalDateTime.of(2015, 7, 15, 9, 0))
			.addLocalDateTime("runAt", LocalDateTime.now())
			.toJobParameters();
		JobInstance instance = jobRepository.createJobInstance("consolidateJob", parameters);
		JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
		execution.setStatus(BatchStatus.STARTED);
		execution.setStartTime(LocalDateTime.now().minusMinutes(minutesAgo));
		jobRepository.update(execution);
		jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET LAST_UPDATED = ? WHERE JOB_EXECUTION_ID = ?")
			.params(Timestamp.valueOf(LocalDateTime.now().minusMinutes(minutesAgo)), execution.getId())
			.update();
		return execution.getId();
	}

	@Test
	void aStaleStartedExecutionIsMarkedFailedThenRestarted() throws Exception {
		long crashed = staleStartedConsolidation(60);
		mvc.perform(get("/jobs/" + crashed).with(as(users, "t-admin")))
			.andExpect(content().string(containsString("標記為失敗")));
		mvc.perform(post("/actions/recover").with(as(users, "t-admin")).with(csrf()).param("confirmed", "true")
			.param("execution", String.valueOf(crashed)))
			.andExpect(redirectedUrl("/jobs/" + crashed))
			.andExpect(flash().attribute("notice", containsString("已標記為失敗")));
		assertThat(jobRepository.getJobExecution(crashed).getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(audit.recent("RECOVER", 1, 0).get(0).outcome()).isEqualTo(AuditOutcome.SUCCEEDED);

		AuditEntry restarted = confirmed("/actions/restart", "execution", String.valueOf(crashed));
		assertThat(restarted.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
		assertThat(folders.output().resolve("reports/104/Q2/MOJ-AEA/v1")).isDirectory();
	}

	@Test
	void anExecutionStillBeingWrittenIsNotMarkedFailed() throws Exception {
		long running = staleStartedConsolidation(1);
		mvc.perform(post("/actions/recover").with(as(users, "t-admin")).with(csrf()).param("confirmed", "true")
			.param("execution", String.valueOf(running)))
			.andExpect(flash().attribute("error", containsString("可能仍在執行")));
		assertThat(jobRepository.getJobExecution(running).getStatus()).isEqualTo(BatchStatus.STARTED);
		AuditEntry refused = audit.recent("RECOVER", 1, 0).get(0);
		assertThat(refused.outcome()).isEqualTo(AuditOutcome.REFUSED);
		assertThat(refused.parameters()).isEqualTo("execution=" + running + ", job=consolidateJob");
		// leave nothing STARTED behind for the other tests' pages
		jdbc.sql("UPDATE BATCH_JOB_EXECUTION SET STATUS = 'ABANDONED' WHERE JOB_EXECUTION_ID = ?").param(running).update();
	}

	@Test
	void aReingestedFileIsReadAgainWithItsOriginalReceivedTime() throws Exception {
		long refused = quarter.submission("AEA-TYN");
		AuditEntry entry = confirmed("/actions/reingest", "submission", String.valueOf(refused));
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
		assertThat(entry.detail()).contains("重新收件為收件編號");
		Map<String, Object> copy = jdbc.sql("SELECT * FROM submission WHERE reingest_of = ?").param(refused).query().singleRow();
		Map<String, Object> original = jdbc.sql("SELECT * FROM submission WHERE id = ?").param(refused).query().singleRow();
		assertThat(copy.get("state")).as("same bytes, read again: not a duplicate").isEqualTo("REFUSED");
		assertThat(copy.get("duplicate_of")).isNull();
		assertThat(copy.get("received_at")).isEqualTo(original.get("received_at"));
		assertThat(copy.get("sha256")).isEqualTo(original.get("sha256"));
		assertThat((String) copy.get("original_name")).contains("_重新收件" + refused + "_");
		mvc.perform(get("/offices/AEA-TYN").with(as(users, "t-admin")))
			.andExpect(content().string(containsString("重新收件自編號")));
	}

	@Test
	void aReingestedAcceptedSheetStaysOnTime() throws Exception {
		long accepted = quarter.submission("AEA-TPE");
		AuditEntry entry = confirmed("/actions/reingest", "submission", String.valueOf(accepted));
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
		Long copy = jdbc.sql("SELECT id FROM submission WHERE reingest_of = ? AND state = 'ACCEPTED'").param(accepted)
			.query(Long.class)
			.single();
		assertThat(jdbc.sql("SELECT superseded_by FROM submission WHERE id = ?").param(accepted).query(Long.class).single())
			.isEqualTo(copy);
		mvc.perform(get("/board").param("year", "104").param("quarter", "2").with(as(users, "t-admin")))
			.andExpect(content().string(containsString("/submissions/" + copy + "\">")));
	}

	@Test
	void aFileFromNoOfficeCannotBeReingested() throws Exception {
		mvc.perform(post("/actions/reingest").with(as(users, "t-admin")).with(csrf()).param("confirmed", "true")
			.param("submission", String.valueOf(quarter.submission(""))))
			.andExpect(flash().attribute("error", containsString("不屬於任何機關")));
	}

	@Test
	void anExtensionMovesTheDeadlineAndIsRecorded() throws Exception {
		mvc.perform(post("/actions/extend").with(as(users, "t-admin")).with(csrf()).param("confirmed", "true")
			.param("office", "AEA-KHH").param("year", "104").param("quarter", "2").param("until", "2015-07-20T23:59:59")
			.param("reason", "颱風停班"))
			.andExpect(redirectedUrl("/offices/AEA-KHH?year=104&quarter=2"))
			.andExpect(flash().attribute("notice", containsString("延至 104年7月20日 23:59:59")));
		assertThat(deadlines.deadline("AEA-KHH", Q2)).isEqualTo(LocalDateTime.of(2015, 7, 20, 23, 59, 59));
		assertThat(deadlines.extension("AEA-KHH", Q2)).hasValueSatisfying(extension -> {
			assertThat(extension.grantedBy()).isEqualTo("t-admin");
			assertThat(extension.reason()).isEqualTo("颱風停班");
		});
		AuditEntry entry = audit.recent("EXTEND", 1, 0).get(0);
		assertThat(entry.outcome()).isEqualTo(AuditOutcome.SUCCEEDED);
		assertThat(entry.parameters()).contains("office=AEA-KHH").contains("reason=颱風停班");
		mvc.perform(get("/audit").with(as(users, "t-admin")))
			.andExpect(content().string(allOf(containsString("准予延期"), containsString("颱風停班"))));
	}

	@Test
	void anExtensionMustMoveTheDeadlineLater() throws Exception {
		mvc.perform(post("/actions/extend").with(as(users, "t-admin")).with(csrf()).param("confirmed", "true")
			.param("office", "AEA-KHH").param("year", "104").param("quarter", "2").param("until", "104/7/1")
			.param("reason", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("必須晚於目前的繳交期限")));
		mvc.perform(post("/actions/extend").with(as(users, "t-admin")).with(csrf()).param("confirmed", "true")
			.param("office", "AEA-KHH").param("year", "104").param("quarter", "2").param("until", "下週")
			.param("reason", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("「下週」無法辨識")));
		assertThat(deadlines.extension("AEA-KHH", Q2)).isEmpty();
	}

}
