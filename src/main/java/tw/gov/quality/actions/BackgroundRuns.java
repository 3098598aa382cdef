package tw.gov.quality.actions;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.security.ConsoleUser;
import tw.gov.quality.web.Problems;

/**
 * Runs an administrator's longer action (ingestion, consolidation, a restart) on Spring Boot's task
 * executor, so the request returns at once to the jobs page, and records how it ended in the audit log.
 */
@Component
class BackgroundRuns {

	static final String QUEUED = "已排入背景執行";

	private static final Logger log = LoggerFactory.getLogger(BackgroundRuns.class);

	private final TaskExecutor executor;

	private final ActionAudit audit;

	BackgroundRuns(@Qualifier("applicationTaskExecutor") TaskExecutor executor, ActionAudit audit) {
		this.executor = executor;
		this.audit = audit;
	}

	/** How a background run ended. */
	record Finished(AuditOutcome outcome, String detail, Long jobExecutionId) {
	}

	interface Work {

		Finished run() throws Exception;

	}

	/**
	 * Records the action as started (its audit line saying {@code queued}) and starts the work.
	 * @param message what the administrator is told at once
	 */
	ActionResult start(ConsoleUser user, String action, Map<String, Object> parameters, String queued,
			String message, Work work) {
		long id = audit.record(user, action, parameters, AuditOutcome.STARTED, queued);
		run(id, work);
		return new ActionResult(id, action, AuditOutcome.STARTED, message, null);
	}

	private void run(long auditId, Work work) {
		executor.execute(() -> {
			try {
				Finished finished = work.run();
				audit.finish(auditId, finished.outcome(), finished.detail(), finished.jobExecutionId());
			}
			catch (Exception | Error ex) {
				log.error("Console action {} failed", auditId, ex);
				Throwable cause = NestedExceptionUtils.getMostSpecificCause(ex);
				audit.finish(auditId, AuditOutcome.FAILED,
						"執行失敗：" + Problems.shownFailure(cause.getMessage(), "詳細原因請見 logs/quality-progress.log"), null);
			}
		});
	}

}
