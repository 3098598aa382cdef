package tw.gov.quality.jobs;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;

import tw.gov.quality.batch.QualityJob;

/** The batch jobs and statuses in Chinese. */
final class JobLabels {

	/** Every job by its name, in the order of {@link QualityJob}, for the console's filter. */
	static final Map<String, String> JOBS = Arrays.stream(QualityJob.values())
		.collect(Collectors.toMap(QualityJob::jobName, QualityJob::label, (a, b) -> a, LinkedHashMap::new));

	private static final Map<BatchStatus, String> STATUSES = new EnumMap<>(Map.of(BatchStatus.COMPLETED, "完成",
			BatchStatus.STARTING, "啟動中", BatchStatus.STARTED, "執行中", BatchStatus.STOPPING, "停止中", BatchStatus.STOPPED,
			"已停止", BatchStatus.FAILED, "失敗", BatchStatus.ABANDONED, "已放棄", BatchStatus.UNKNOWN, "不明"));

	private JobLabels() {
	}

	static String job(String name) {
		return QualityJob.named(name).map(QualityJob::label).orElse(name);
	}

	static String status(BatchStatus status) {
		return status == null ? "—" : STATUSES.getOrDefault(status, status.name());
	}

}
