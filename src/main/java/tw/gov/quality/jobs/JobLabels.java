package tw.gov.quality.jobs;

import java.util.Map;

/** The batch jobs and statuses in Chinese. */
final class JobLabels {

	static final Map<String, String> JOBS = Map.of("ingestJob", "收件", "consolidateJob", "彙整報告", "templateJob",
			"產生範本", "deadlineCheckJob", "期限檢查", "reminderJob", "催繳提醒");

	private static final Map<String, String> STATUSES = Map.of("COMPLETED", "完成", "STARTING", "啟動中", "STARTED",
			"執行中", "STOPPING", "停止中", "STOPPED", "已停止", "FAILED", "失敗", "ABANDONED", "已放棄", "UNKNOWN", "不明");

	private JobLabels() {
	}

	static String job(String name) {
		return JOBS.getOrDefault(name, name);
	}

	static String status(String status) {
		return status == null ? "—" : STATUSES.getOrDefault(status, status);
	}

}
