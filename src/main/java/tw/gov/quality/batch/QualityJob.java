package tw.gov.quality.batch;

import java.util.Arrays;
import java.util.Optional;

/** The service's batch jobs: their bean and repository names, their names in Chinese, and their run locks. */
public enum QualityJob {

	INGEST("ingestJob", "收件", "quality.ingest"),

	CONSOLIDATE("consolidateJob", "彙整報告", "quality.report"),

	TEMPLATE("templateJob", "產生範本", "quality.template"),

	DEADLINE_CHECK("deadlineCheckJob", "期限檢查", "quality.deadlines"),

	REMINDER("reminderJob", "催繳提醒", "quality.reminders");

	/** The bean names, for {@code @Qualifier} and {@code @Bean(name)}, which need constants. */
	public static final String INGEST_JOB = "ingestJob";

	public static final String CONSOLIDATE_JOB = "consolidateJob";

	public static final String TEMPLATE_JOB = "templateJob";

	public static final String DEADLINE_CHECK_JOB = "deadlineCheckJob";

	public static final String REMINDER_JOB = "reminderJob";

	private final String jobName;

	private final String label;

	private final String lockName;

	QualityJob(String jobName, String label, String lockName) {
		this.jobName = jobName;
		this.label = label;
		this.lockName = lockName;
	}

	/** The job's name in the job repository (and its bean name). */
	public String jobName() {
		return jobName;
	}

	/** 收件, 彙整報告, … */
	public String label() {
		return label;
	}

	/** The name under which one run of this job at a time is held across the service (and its nodes). */
	public String lockName() {
		return lockName;
	}

	/** The lock of this job for one part of its work, e.g. one supervisor's quarter. */
	public String lockName(String part) {
		return lockName() + "." + part;
	}

	public static Optional<QualityJob> named(String jobName) {
		return Arrays.stream(values()).filter(job -> job.jobName.equals(jobName)).findFirst();
	}

}
