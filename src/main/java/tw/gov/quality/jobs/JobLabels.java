package tw.gov.quality.jobs;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import tw.gov.quality.batch.QualityJob;

/** The batch jobs and statuses in Chinese. */
final class JobLabels {

	/** Every job by its name, in the order of {@link QualityJob}, for the console's filter. */
	static final Map<String, String> JOBS = Arrays.stream(QualityJob.values())
		.collect(Collectors.toMap(QualityJob::jobName, QualityJob::label, (a, b) -> a, LinkedHashMap::new));

	private static final Map<String, String> STATUSES = Map.of("COMPLETED", "完成", "STARTING", "啟動中", "STARTED",
			"執行中", "STOPPING", "停止中", "STOPPED", "已停止", "FAILED", "失敗", "ABANDONED", "已放棄", "UNKNOWN", "不明");

	private JobLabels() {
	}

	static String job(String name) {
		return QualityJob.named(name).map(QualityJob::label).orElse(name);
	}

	static String status(String status) {
		return status == null ? "—" : STATUSES.getOrDefault(status, status);
	}

}
