package tw.gov.quality.actions;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.database.ClusterLock;
import tw.gov.quality.ingest.IngestResult;
import tw.gov.quality.ingest.Ingestion;
import tw.gov.quality.ingest.Reingestion;
import tw.gov.quality.ingest.SubmissionRecord;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.jobs.JobHistory;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.report.Consolidation;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.security.LoginProperties;
import tw.gov.quality.security.LoginThrottle;
import tw.gov.quality.web.BadRequest;
import tw.gov.quality.web.Conflict;
import tw.gov.quality.web.NotFound;
import tw.gov.quality.web.Problems;

/**
 * The administrators' actions, for the pages and the API alike. Each is checked, recorded in the
 * audit log with who asked and with what, and either done at once or handed to a background run
 * whose outcome is written to the same audit line when it ends.
 */
@Component
class AdminActions {

	static final String INGEST_LOCK = "quality.ingest";

	/** {@code deadline_extension.reason}. */
	static final int MAX_REASON = 500;

	private final Ingestion ingestion;

	private final Consolidation consolidation;

	private final Reingestion reingestion;

	private final Submissions submissions;

	private final OfficeDeadlines deadlines;

	private final OfficeRegistry offices;

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final JobHistory jobs;

	private final ClusterLock locks;

	private final AuditLog audit;

	private final BackgroundRuns background;

	private final ConsoleProperties properties;

	private final Clock clock;

	private final LoginThrottle throttle;

	AdminActions(Ingestion ingestion, Consolidation consolidation, Reingestion reingestion, Submissions submissions,
			OfficeDeadlines deadlines, OfficeRegistry offices, JobOperator jobOperator, JobRepository jobRepository,
			JobHistory jobs, ClusterLock locks, AuditLog audit, BackgroundRuns background, ConsoleProperties properties,
			Clock clock, LoginThrottle throttle) {
		this.throttle = throttle;
		this.ingestion = ingestion;
		this.consolidation = consolidation;
		this.reingestion = reingestion;
		this.submissions = submissions;
		this.deadlines = deadlines;
		this.offices = offices;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.jobs = jobs;
		this.locks = locks;
		this.audit = audit;
		this.background = background;
		this.properties = properties;
		this.clock = clock;
	}

	/** Reads the inbox now, in the background. */
	ActionResult ingestNow(ConsoleUser user) {
		long id = record(user, AuditAction.INGEST, Map.of(), AuditOutcome.STARTED, "已排入背景執行");
		background.start(id, () -> ingestOutcome(ingestion.ingestNow(), ""));
		return new ActionResult(id, AuditAction.INGEST, AuditOutcome.STARTED, "收件作業已開始，完成後結果會記錄於操作紀錄", null);
	}

	/** Rebuilds a supervisor's reports for a quarter as of now, in a new version folder, in the background. */
	ActionResult consolidate(ConsoleUser user, String supervisor, ReportingPeriod period) {
		if (supervisor == null || supervisor.isBlank()) {
			throw new BadRequest("請選擇要彙整的上級機關");
		}
		Office office = offices.find(supervisor).orElseThrow(() -> new BadRequest("查無機關代碼 " + supervisor));
		if (!offices.isSupervisor(office.code())) {
			throw new BadRequest(office.code() + " " + office.name() + " 沒有所屬機關，不需彙整");
		}
		LocalDateTime asOf = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> parameters = parameters("supervisor", office.code(), "year", period.rocYear(), "quarter",
				period.quarter(), "asOf", asOf);
		long id = record(user, AuditAction.CONSOLIDATE, parameters, AuditOutcome.STARTED, "已排入背景執行");
		background.start(id, () -> {
			Consolidation.Result result = consolidation.consolidate(period, office.code(), asOf);
			if (result.status() == BatchStatus.COMPLETED) {
				return new BackgroundRuns.Finished(AuditOutcome.SUCCEEDED,
						"已彙整 " + office.name() + " " + period.label() + "：" + String.join("、", result.folders()),
						result.jobExecutionId());
			}
			return new BackgroundRuns.Finished(AuditOutcome.FAILED, "彙整失敗（" + result.status() + "）："
					+ Problems.shownFailure(result.failure(), "詳細原因請見批次作業頁與 logs/quality-progress.log"),
					result.jobExecutionId());
		});
		return new ActionResult(id, AuditAction.CONSOLIDATE, AuditOutcome.STARTED,
				"已開始重新彙整 " + office.name() + " " + period.label() + "（截至 " + RocDates.dateTime(asOf) + "）", null);
	}

	/** Restarts a failed or stopped execution from where it stopped, in the background. */
	ActionResult restart(ConsoleUser user, long executionId) {
		JobExecution execution = execution(executionId);
		Map<String, Object> parameters = parameters("execution", executionId, "job", execution.getJobInstance().getJobName());
		if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
			throw refused(user, AuditAction.RESTART, parameters, "批次執行 #" + executionId + " 的狀態為 "
					+ execution.getStatus() + "，只有失敗或已停止的批次可以重新啟動");
		}
		long id = record(user, AuditAction.RESTART, parameters, AuditOutcome.STARTED, "已排入背景執行");
		background.start(id, () -> {
			Optional<ClusterLock.Held> lock = Optional.empty();
			if ("ingestJob".equals(execution.getJobInstance().getJobName())) {
				lock = locks.tryLock(INGEST_LOCK);
				if (lock.isEmpty()) {
					return new BackgroundRuns.Finished(AuditOutcome.REFUSED, "另一個收件作業正在執行中，未重新啟動；請稍後再試", null);
				}
			}
			try {
				JobExecution restarted = jobOperator.restart(execution);
				return new BackgroundRuns.Finished(
						restarted.getStatus() == BatchStatus.COMPLETED ? AuditOutcome.SUCCEEDED : AuditOutcome.FAILED,
						"重新啟動為批次執行 #" + restarted.getId() + "，狀態 " + restarted.getStatus(), restarted.getId());
			}
			finally {
				lock.ifPresent(ClusterLock.Held::close);
			}
		});
		return new ActionResult(id, AuditAction.RESTART, AuditOutcome.STARTED, "已重新啟動批次執行 #" + executionId, null);
	}

	/**
	 * Marks an execution left STARTED by a crashed process as FAILED (Spring Batch's
	 * {@link JobOperator#recover}), so that it can be restarted. Only when nothing wrote to it for
	 * {@code quality.console.stale-after}, and, for ingestion, when no ingestion holds the lock.
	 */
	ActionResult recover(ConsoleUser user, long executionId) {
		JobExecution execution = execution(executionId);
		String job = execution.getJobInstance().getJobName();
		Map<String, Object> parameters = parameters("execution", executionId, "job", job);
		if (!execution.getStatus().isRunning() && execution.getStatus() != BatchStatus.UNKNOWN) {
			throw refused(user, AuditAction.RECOVER, parameters,
					"批次執行 #" + executionId + " 的狀態為 " + execution.getStatus() + "，不是中斷的執行，不需標記");
		}
		LocalDateTime lastUpdated = jobs.lastUpdated(executionId).orElse(LocalDateTime.MIN);
		// JobHistory gives Spring Batch's times in the calendar's zone, the clock's.
		Duration quiet = Duration.between(lastUpdated, LocalDateTime.now(clock));
		if (quiet.compareTo(properties.staleAfter()) < 0) {
			throw refused(user, AuditAction.RECOVER, parameters, "批次執行 #" + executionId + " 最後更新於 "
					+ RocDates.dateTime(lastUpdated) + "，可能仍在執行；超過 " + properties.staleAfter().toMinutes()
					+ " 分鐘沒有更新才能標記為失敗");
		}
		if ("ingestJob".equals(job)) {
			Optional<ClusterLock.Held> lock = locks.tryLock(INGEST_LOCK);
			if (lock.isEmpty()) {
				throw refused(user, AuditAction.RECOVER, parameters, "收件作業正在執行中，批次執行 #" + executionId + " 可能仍在進行，未標記");
			}
			lock.get().close();
		}
		JobExecution recovered = jobOperator.recover(execution);
		String message = "批次執行 #" + executionId + " 已標記為失敗（" + recovered.getStatus() + "），可以重新啟動";
		long id = record(user, AuditAction.RECOVER, parameters, AuditOutcome.SUCCEEDED, message);
		audit.attachJob(id, executionId);
		return new ActionResult(id, AuditAction.RECOVER, AuditOutcome.SUCCEEDED, message, executionId);
	}

	/** Puts an archived original back into its office's inbox folder and ingests it, in the background. */
	ActionResult reingest(ConsoleUser user, long submissionId) {
		SubmissionRecord source = submissions.find(submissionId)
			.orElseThrow(() -> new NotFound("查無收件編號 " + submissionId));
		Reingestion.Copy copy;
		try {
			copy = reingestion.requestReingest(source.id(), user.username());
		}
		catch (IllegalArgumentException ex) {
			throw refused(user, AuditAction.REINGEST, parameters("submission", submissionId), ex.getMessage());
		}
		catch (IOException ex) {
			throw new IllegalStateException("無法將存檔原件放回收件匣：" + ex.getMessage(), ex);
		}
		long id = record(user, AuditAction.REINGEST,
				parameters("submission", submissionId, "office", copy.officeCode(), "inbox", copy.inboxName()),
				AuditOutcome.STARTED, "已放回收件匣，收件作業已排入背景執行");
		background.start(id, () -> {
			IngestResult result = ingestion.ingestNow();
			Optional<SubmissionRecord> done = reingestion.result(copy);
			if (done.isEmpty()) {
				return new BackgroundRuns.Finished(AuditOutcome.SUCCEEDED,
						"已放回收件匣（" + copy.officeCode() + "/" + copy.inboxName() + "），將於下次收件時處理："
								+ (result.failure() == null ? "" : result.failure()),
						result.jobExecutionId() == 0 ? null : result.jobExecutionId());
			}
			return ingestOutcome(result, "重新收件為收件編號 " + done.get().id() + "（" + done.get().stateLabel() + "）；");
		});
		return new ActionResult(id, AuditAction.REINGEST, AuditOutcome.STARTED,
				"收件編號 " + submissionId + " 的存檔原件已放回收件匣（" + copy.inboxName() + "），正在重新收件", null);
	}

	/** Grants one office a later deadline for one quarter, at once. */
	ActionResult extend(ConsoleUser user, String officeCode, ReportingPeriod period, LocalDateTime until,
			String reason) {
		Office office = offices.find(officeCode).orElseThrow(() -> new BadRequest("查無機關代碼 " + officeCode));
		if (offices.isSupervisor(office.code())) {
			throw new BadRequest(office.name() + " 是上級機關，不需繳交進度回報，無法延期");
		}
		checkReason(reason);
		LocalDateTime before = deadlines.deadline(office.code(), period);
		if (!until.isAfter(before)) {
			throw new BadRequest("延期後的期限必須晚於目前的繳交期限 " + RocDates.dateTime(before));
		}
		LocalDateTime now = LocalDateTime.now(clock);
		deadlines.grant(new OfficeDeadlines.Extension(office.code(), period, until, reason.strip(), user.username(), now));
		String message = "已准予 " + office.name() + " " + period.label() + "延期：繳交期限由 " + RocDates.dateTime(before)
				+ " 延至 " + RocDates.dateTime(until);
		long id = record(user, AuditAction.EXTEND, parameters("office", office.code(), "year", period.rocYear(),
				"quarter", period.quarter(), "until", until, "reason", reason.strip()), AuditOutcome.SUCCEEDED, message);
		return new ActionResult(id, AuditAction.EXTEND, AuditOutcome.SUCCEEDED, message, null);
	}

	/** The sign-in locks in force now. */
	List<LoginThrottle.Lock> loginLocks() {
		return throttle.locks();
	}

	LoginProperties loginRules() {
		return throttle.properties();
	}

	/** Lifts the lock of a user name or a client address at once. */
	ActionResult unlock(ConsoleUser user, LoginThrottle.Kind kind, String key) {
		lockKind(kind.name(), key);
		if (!throttle.unlock(kind, key.strip())) {
			throw new NotFound("目前沒有鎖定" + kind.label() + "「" + key + "」");
		}
		String message = "已解除" + kind.label() + "「" + key.strip() + "」的登入鎖定";
		long id = record(user, AuditAction.UNLOCK, parameters("kind", kind.name(), "key", key.strip()),
				AuditOutcome.SUCCEEDED, message);
		return new ActionResult(id, AuditAction.UNLOCK, AuditOutcome.SUCCEEDED, message, null);
	}

	static LoginThrottle.Kind lockKind(String kind, String key) {
		LoginThrottle.Kind parsed;
		try {
			parsed = LoginThrottle.Kind.valueOf(kind == null ? "" : kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new BadRequest("請指定要解除的是帳號（ACCOUNT）或來源位址（ADDRESS）");
		}
		if (key == null || key.isBlank() || key.strip().length() > 100) {
			throw new BadRequest("請指定要解除鎖定的帳號或來源位址（最多 100 字）");
		}
		return parsed;
	}

	/**
	 * The reason of an extension as {@code deadline_extension.reason} (VARCHAR(500), counted in characters)
	 * holds it: checked before the confirmation page and again before anything is written.
	 */
	static String checkReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new BadRequest("請說明延期原因");
		}
		String stripped = reason.strip();
		int length = stripped.codePointCount(0, stripped.length());
		if (length > MAX_REASON) {
			throw new BadRequest("延期原因最多 " + MAX_REASON + " 字，目前為 " + length + " 字，請精簡後再送出");
		}
		return stripped;
	}

	private BackgroundRuns.Finished ingestOutcome(IngestResult result, String prefix) {
		if (result.skipped()) {
			return new BackgroundRuns.Finished(AuditOutcome.REFUSED, prefix + result.failure(), null);
		}
		String counts = result.summary();
		if (result.completed() && !result.needsAttention()) {
			return new BackgroundRuns.Finished(AuditOutcome.SUCCEEDED, prefix + "收件完成：" + counts, result.jobExecutionId());
		}
		if (result.completed()) {
			return new BackgroundRuns.Finished(AuditOutcome.FAILED, prefix + "收件完成，但有檔案無法封存：" + counts,
					result.jobExecutionId());
		}
		return new BackgroundRuns.Finished(AuditOutcome.FAILED, prefix + "收件作業未完成（狀態 " + result.status() + "）："
				+ Problems.shownFailure(result.failure(), "詳細原因請見批次作業頁與 logs/quality-progress.log") + "；" + counts,
				result.jobExecutionId());
	}

	JobExecution execution(long executionId) {
		JobExecution execution;
		try {
			execution = jobRepository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new NotFound("查無批次執行 #" + executionId);
		}
		return execution;
	}

	private long record(ConsoleUser user, String action, Map<String, Object> parameters, AuditOutcome outcome,
			String detail) {
		return audit.record(user.username(), user.role().name(), action, parameters, outcome, detail);
	}

	/** Records the refusal and returns the 409 to throw. */
	private Conflict refused(ConsoleUser user, String action, Map<String, Object> parameters, String reason) {
		record(user, action, parameters, AuditOutcome.REFUSED, reason);
		return new Conflict(reason);
	}

	private static Map<String, Object> parameters(Object... pairs) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			parameters.put((String) pairs[i], pairs[i + 1]);
		}
		return parameters;
	}

}
