package tw.gov.quality.actions;

import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditAction;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.Confirmation;

import static tw.gov.quality.actions.ActionAudit.parameters;

/** Restarts a failed or stopped execution from where it stopped, in the background. */
@Component
class RestartAction {

	private final Executions executions;

	private final JobOperator jobOperator;

	private final BackgroundRuns background;

	private final ActionAudit audit;

	RestartAction(Executions executions, JobOperator jobOperator, BackgroundRuns background, ActionAudit audit) {
		this.executions = executions;
		this.jobOperator = jobOperator;
		this.background = background;
		this.audit = audit;
	}

	Confirmation describe(long executionId) {
		return executions.describe("重新啟動批次", "將由中斷處繼續執行這次批次，已完成的步驟不會重做。", "/actions/restart", executionId);
	}

	ActionResult run(ConsoleUser user, long executionId) {
		JobExecution execution = executions.find(executionId);
		Map<String, Object> parameters = parameters("execution", executionId, "job", execution.getJobInstance().getJobName());
		if (execution.getStatus() != BatchStatus.FAILED && execution.getStatus() != BatchStatus.STOPPED) {
			throw audit.refused(user, AuditAction.RESTART, parameters, "批次執行 #" + executionId + " 的狀態為 "
					+ execution.getStatus() + "，只有失敗或已停止的批次可以重新啟動");
		}
		return background.start(user, AuditAction.RESTART, parameters, BackgroundRuns.QUEUED,
				"已重新啟動批次執行 #" + executionId, () -> restart(execution));
	}

	private BackgroundRuns.Finished restart(JobExecution execution) throws Exception {
		Optional<WorkClaims.Held> lock = executions.lockFor(execution);
		if (lock.isEmpty()) {
			return new BackgroundRuns.Finished(AuditOutcome.REFUSED, "另一個收件作業正在執行中，未重新啟動；請稍後再試", null);
		}
		try (WorkClaims.Held held = lock.get()) {
			JobExecution restarted = jobOperator.restart(execution);
			return new BackgroundRuns.Finished(
					restarted.getStatus() == BatchStatus.COMPLETED ? AuditOutcome.SUCCEEDED : AuditOutcome.FAILED,
					"重新啟動為批次執行 #" + restarted.getId() + "，狀態 " + restarted.getStatus(), restarted.getId());
		}
	}

}
