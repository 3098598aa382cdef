package tw.gov.quality.actions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import tw.gov.quality.audit.AuditLog;
import tw.gov.quality.audit.AuditOutcome;
import tw.gov.quality.web.Problems;

/**
 * Runs an administrator's longer action (ingestion, consolidation, a restart) on Spring Boot's task
 * executor, so the request returns at once to the jobs page, and records how it ended in the audit log.
 */
@Component
class BackgroundRuns {

	private static final Logger log = LoggerFactory.getLogger(BackgroundRuns.class);

	private final TaskExecutor executor;

	private final AuditLog audit;

	BackgroundRuns(@Qualifier("applicationTaskExecutor") TaskExecutor executor, AuditLog audit) {
		this.executor = executor;
		this.audit = audit;
	}

	/** How a background run ended. */
	record Finished(AuditOutcome outcome, String detail, Long jobExecutionId) {
	}

	interface Work {

		Finished run() throws Exception;

	}

	void start(long auditId, Work work) {
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
