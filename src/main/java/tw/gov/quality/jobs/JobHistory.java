package tw.gov.quality.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.web.ConsoleTime;
import tw.gov.quality.web.Problems;

/**
 * The Spring Batch executions as recorded in the job repository's tables: status, times, counts
 * summed over the steps, failure, parameters. Read straight from the tables, newest first. Spring
 * Batch writes its times in the JVM's time zone; every time is converted to {@code quality.calendar.zone}
 * here, so that pages and API show the same time as the audit log whatever the JVM's zone.
 */
@Component
public class JobHistory {

	private static final String SUMMARY = """
			SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.EXIT_MESSAGE, e.CREATE_TIME, e.START_TIME,
				e.END_TIME, GREATEST(COALESCE(e.LAST_UPDATED, e.CREATE_TIME), COALESCE(MAX(s.LAST_UPDATED), e.LAST_UPDATED, e.CREATE_TIME)) AS UPDATED,
				COALESCE(SUM(s.READ_COUNT), 0) AS READ_TOTAL, COALESCE(SUM(s.WRITE_COUNT), 0) AS WRITE_TOTAL,
				COALESCE(SUM(s.READ_SKIP_COUNT + s.PROCESS_SKIP_COUNT + s.WRITE_SKIP_COUNT), 0) AS SKIP_TOTAL,
				COALESCE(SUM(s.FILTER_COUNT), 0) AS FILTER_TOTAL
			FROM BATCH_JOB_EXECUTION e
			JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
			LEFT JOIN BATCH_STEP_EXECUTION s ON s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID
			""";

	private static final String GROUP = """
			 GROUP BY e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, e.EXIT_CODE, e.EXIT_MESSAGE, e.CREATE_TIME, e.START_TIME,
				e.END_TIME, e.LAST_UPDATED""";

	/** What a page or the API says of a failure whose message names classes, code or SQL. */
	static final String FAILURE_IN_LOG = "執行失敗，詳細原因請見 logs/quality-progress.log（系統管理者）";

	private final JdbcClient jdbc;

	private final Submissions submissions;

	private final ConsoleTime time;

	JobHistory(JdbcClient jdbc, Submissions submissions, ConsoleTime time) {
		this.jdbc = jdbc;
		this.submissions = submissions;
		this.time = time;
	}

	/** @param jobName one job only, or {@code null} for all */
	public List<JobRun> recent(String jobName, int limit, long offset) {
		return jdbc.sql(SUMMARY + " WHERE (? IS NULL OR i.JOB_NAME = ?) " + GROUP
				+ " ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ? OFFSET ?")
			.params(jobName, jobName, limit, offset)
			.query((rs, n) -> run(rs, List.of(), null))
			.list();
	}

	public long count(String jobName) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
				WHERE (? IS NULL OR i.JOB_NAME = ?)""")
			.params(jobName, jobName)
			.query(Long.class)
			.single();
	}

	public boolean anyRunning() {
		return jdbc.sql("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION WHERE STATUS IN ('STARTING', 'STARTED', 'STOPPING')")
			.query(Integer.class)
			.single() > 0;
	}

	/** One execution with its steps and parameters; a running ingestion also says how many files wait. */
	public Optional<JobRun> find(long id) {
		List<JobRun.StepRun> steps = jdbc.sql("""
				SELECT STEP_EXECUTION_ID, STEP_NAME, STATUS, START_TIME, END_TIME, READ_COUNT, WRITE_COUNT,
					READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT AS SKIP_TOTAL, FILTER_COUNT, COMMIT_COUNT, EXIT_MESSAGE
				FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID = ? ORDER BY STEP_EXECUTION_ID""")
			.param(id)
			.query((rs, n) -> new JobRun.StepRun(rs.getLong(1), rs.getString(2), BatchStatus.valueOf(rs.getString(3)), time(rs, 4),
					time(rs, 5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
					rs.getString(11) == null || rs.getString(11).isBlank() ? null
							: Problems.shownFailure(rs.getString(11), FAILURE_IN_LOG)))
			.list();
		return jdbc.sql(SUMMARY + " WHERE e.JOB_EXECUTION_ID = ? " + GROUP)
			.param(id)
			.query((rs, n) -> run(rs, steps, parameters(id)))
			.optional()
			.map(run -> run.running() && QualityJob.INGEST.jobName().equals(run.jobName()) ? withPending(run) : run);
	}

	/** The last time the execution or one of its steps was written: a STARTED run not updated for long is stale. */
	public Optional<LocalDateTime> lastUpdated(long id) {
		return find(id).map(JobRun::lastUpdated);
	}

	private JobRun withPending(JobRun run) {
		return new JobRun(run.id(), run.jobName(), run.jobLabel(), run.status(), run.exitCode(), run.exitMessage(),
				run.failure(), run.createTime(), run.startTime(), run.endTime(), run.lastUpdated(), run.duration(),
				run.readCount(), run.writeCount(), run.skipCount(), run.filterCount(), run.parameters(), run.steps(),
				submissions.pending());
	}

	private String parameters(long id) {
		return jdbc.sql("""
				SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS
				WHERE JOB_EXECUTION_ID = ? ORDER BY PARAMETER_NAME""")
			.param(id)
			.query((rs, n) -> rs.getString(1) + "=" + rs.getString(2))
			.list()
			.stream()
			.collect(Collectors.joining(", "));
	}

	private JobRun run(ResultSet rs, List<JobRun.StepRun> steps, String parameters) throws SQLException {
		BatchStatus status = BatchStatus.valueOf(rs.getString("STATUS"));
		String message = rs.getString("EXIT_MESSAGE");
		LocalDateTime start = time(rs, "START_TIME");
		LocalDateTime end = time(rs, "END_TIME");
		Duration duration = start == null ? null : Duration.between(start, end != null ? end : time.now());
		String failure = null;
		if (message != null && !message.isBlank() && status != BatchStatus.COMPLETED) {
			failure = Problems.shownFailure(message, FAILURE_IN_LOG);
		}
		String name = rs.getString("JOB_NAME");
		return new JobRun(rs.getLong("JOB_EXECUTION_ID"), name, JobLabels.job(name), status, rs.getString("EXIT_CODE"),
				null, failure, time(rs, "CREATE_TIME"), start, end, time(rs, "UPDATED"), duration,
				rs.getLong("READ_TOTAL"), rs.getLong("WRITE_TOTAL"), rs.getLong("SKIP_TOTAL"), rs.getLong("FILTER_TOTAL"), parameters,
				steps, null);
	}

	/** Spring Batch's wall-clock time (the JVM's zone) in the calendar's zone. */
	private LocalDateTime time(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : time.fromJvmZone(value.toLocalDateTime());
	}

	private LocalDateTime time(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : time.fromJvmZone(value.toLocalDateTime());
	}

}
