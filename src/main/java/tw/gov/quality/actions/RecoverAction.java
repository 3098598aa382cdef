package tw.gov.quality.actions;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.jobs.JobHistory;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.Confirmation;

import static tw.gov.quality.actions.ActionAudit.parameters;

/**
 * Marks an execution left STARTED by a crashed process as FAILED (Spring Batch's
 * {@link JobOperator#recover}), so that it can be restarted. Only when nothing wrote to it for
 * {@code quality.console.stale-after}, and, for ingestion, when no ingestion holds the lock.
 */
@Component
class RecoverAction {

	private final Executions executions;

	private final JobOperator jobOperator;

	private final JobHistory jobs;

	private final ConsoleProperties properties;

	private final Clock clock;

	private final ActionAudit audit;

	RecoverAction(Executions executions, JobOperator jobOperator, JobHistory jobs, ConsoleProperties properties,
			Clock clock, ActionAudit audit) {
		this.executions = executions;
		this.jobOperator = jobOperator;
		this.jobs = jobs;
		this.properties = properties;
		this.clock = clock;
		this.audit = audit;
	}

	Confirmation describe(long executionId) {
		return executions.describe("標記中斷的批次為失敗", "只在執行這次批次的程式已經結束（例如主機當機、程式被中止）時使用：標記為失敗後即可重新啟動。"
				+ "若批次其實仍在執行，標記會造成重複處理。", "/actions/recover", executionId);
	}

	ActionResult run(ConsoleUser user, long executionId) {
		JobExecution execution = executions.find(executionId);
		Map<String, Object> parameters = parameters("execution", executionId, "job", execution.getJobInstance().getJobName());
		if (!execution.getStatus().isRunning() && execution.getStatus() != BatchStatus.UNKNOWN) {
			throw audit.refused(user, AuditAction.RECOVER, parameters,
					"批次執行 #" + executionId + " 的狀態為 " + execution.getStatus() + "，不是中斷的執行，不需標記");
		}
		LocalDateTime lastUpdated = jobs.lastUpdated(executionId).orElse(LocalDateTime.MIN);
		// JobHistory gives Spring Batch's times in the calendar's zone, the clock's.
		Duration quiet = Duration.between(lastUpdated, LocalDateTime.now(clock));
		if (quiet.compareTo(properties.staleAfter()) < 0) {
			throw audit.refused(user, AuditAction.RECOVER, parameters, "批次執行 #" + executionId + " 最後更新於 "
					+ RocDates.dateTime(lastUpdated) + "，可能仍在執行；超過 " + properties.staleAfter().toMinutes()
					+ " 分鐘沒有更新才能標記為失敗");
		}
		Optional<WorkClaims.Held> lock = executions.lockFor(execution);
		if (lock.isEmpty()) {
			throw audit.refused(user, AuditAction.RECOVER, parameters,
					"收件作業正在執行中，批次執行 #" + executionId + " 可能仍在進行，未標記");
		}
		lock.get().close();
		JobExecution recovered = jobOperator.recover(execution);
		return audit.succeeded(user, AuditAction.RECOVER, parameters,
				"批次執行 #" + executionId + " 已標記為失敗（" + recovered.getStatus() + "），可以重新啟動", executionId);
	}

}
