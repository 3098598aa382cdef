package tw.gov.quality.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.batch.JobOutcome;
import tw.gov.quality.batch.JobRequest;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.cluster.WorkClaims;

/**
 * Runs {@code ingestJob} now (command line, scheduler, console) and says what it did. One run at a time
 * in this process; other nodes may run theirs at the same moment (each inbox file and each submission is
 * claimed by one node, see {@link ReceiveInboxTasklet}), except while an administrator acts on an
 * ingestion's execution.
 */
@Component
public class Ingestion {

	private final JobStarter starter;

	private final JdbcClient jdbc;

	private final WorkClaims claims;

	private final ReentrantLock running = new ReentrantLock();

	Ingestion(JobStarter starter, JdbcClient jdbc, WorkClaims claims) {
		this.claims = claims;
		this.starter = starter;
		this.jdbc = jdbc;
	}

	/**
	 * Forgets when the inbox was last looked at, so that a file dropped now counts as received at its modification
	 * time. Only for the demo, whose calendar is simulated (files dated 2018 dropped between runs in 2026); a real
	 * inbox keeps the rule that a file is never received before the last scan that did not see it.
	 */
	public void forgetScansForSimulatedTime() {
		jdbc.sql("DELETE FROM inbox_scan").update();
	}

	public IngestResult ingestNow() throws Exception {
		if (!running.tryLock()) {
			return IngestResult.skipped("另一個收件作業正在執行中，本次略過");
		}
		try {
			Optional<WorkClaims.Held> lock = claims.holdExclusively(WorkClaims.INGEST_RUN_PREFIX + claims.nodeId(),
					WorkClaims.INGEST_PAUSE);
			if (lock.isEmpty()) {
				return IngestResult.skipped("管理者正在處理收件批次，本次略過");
			}
			try (WorkClaims.Held held = lock.get()) {
				claims.purgeExpired();
				return run();
			}
		}
		finally {
			running.unlock();
		}
	}

	private IngestResult run() throws Exception {
		JobOutcome outcome = starter.run(JobRequest.of(QualityJob.INGEST));
		int[] counts = new int[3];
		List<String> lines = new ArrayList<>();
		jdbc.sql("""
				SELECT s.id, s.folder, s.original_name, s.state,
					(SELECT COUNT(*) FROM submission_finding f WHERE f.submission_id = s.id AND f.severity = 'ERROR') AS errors,
					(SELECT COUNT(*) FROM submission_finding f WHERE f.submission_id = s.id AND f.severity = 'WARNING') AS warnings
				FROM submission s WHERE s.processed_by_execution = ? ORDER BY s.id""")
			.param(outcome.executionId())
			.query((rs, n) -> {
				SubmissionStatus state = SubmissionStatus.of(rs.getString("state"));
				String label = state == null ? "重複" : switch (state) {
					case ACCEPTED -> "接受";
					case REFUSED -> "退件";
					case REVIEWED -> "收受審查意見表";
					case REVIEW_REFUSED -> "退回審查意見表";
					default -> "重複";
				};
				counts[state != null && state.accepted() ? 0
						: state == SubmissionStatus.REFUSED || state == SubmissionStatus.REVIEW_REFUSED ? 1 : 2]++;
				String folder = rs.getString("folder").isEmpty() ? "（收件匣最上層）" : FileNames.printable(rs.getString("folder"));
				return "  " + label + "　" + folder + "/" + FileNames.printable(rs.getString("original_name")) + "　錯誤 "
						+ rs.getInt("errors") + "、警告 " + rs.getInt("warnings");
			})
			.list()
			.forEach(lines::add);
		ReceiveSummary receive = ReceiveSummary.of(IngestRunLog.step(outcome.execution(), "receiveInboxStep"));
		list(lines, "留待下次", receive.waiting());
		list(lines, "無法封存", receive.failed());
		list(lines, "未收取", receive.ignored());
		return new IngestResult(outcome.executionId(), outcome.status(), receive.received(),
				receive.recovered(), counts[0], counts[1], counts[2], receive.waiting().count(), receive.failed().count(),
				receive.ignored().count(), lines, outcome.failure());
	}

	private static void list(List<String> lines, String label, ReceiveSummary.Entries entries) {
		entries.listed().forEach(entry -> lines.add("  " + label + "　" + entry.path() + "　" + entry.reason()));
		if (entries.count() > entries.listed().size()) {
			lines.add("  " + label + "　…另有 " + (entries.count() - entries.listed().size()) + " 個，詳見記錄檔");
		}
	}

}
