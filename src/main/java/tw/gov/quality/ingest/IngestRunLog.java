package tw.gov.quality.ingest;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.core.NestedExceptionUtils;

/**
 * The one summary line of each ingestion run: the files step 1 received (and could not), what step 2
 * made of the files it read, the files left for the next run, and how long it took. Each file has
 * its own line from {@link ReceiveInboxTasklet} and {@link SubmissionWriter}.
 */
class IngestRunLog implements JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(IngestRunLog.class);

	@Override
	public void afterJob(JobExecution job) {
		ReceiveSummary receive = ReceiveSummary.of(step(job, "receiveInboxStep"));
		StepExecution process = step(job, "processSubmissionsStep");
		log.info("Ingest run #{} {} in {}: {} file(s) received, {} recovered after a crash, {} accepted, {} refused, "
				+ "{} duplicate(s); {} left for the next run ({} still being written, {} could not be archived), "
				+ "{} inbox entr(ies) not regular files{}", job.getId(), job.getStatus(), took(job), receive.received(),
				receive.recovered(), OutcomeTally.count(process, SubmissionRepository.ACCEPTED),
				OutcomeTally.count(process, SubmissionRepository.REFUSED),
				OutcomeTally.count(process, SubmissionRepository.DUPLICATE), receive.left(), receive.waiting().count(),
				receive.failed().count(), receive.ignored().count(), failure(job));
	}

	static StepExecution step(JobExecution job, String name) {
		return job.getStepExecutions().stream().filter(step -> step.getStepName().equals(name)).findFirst().orElse(null);
	}

	static String took(JobExecution job) {
		LocalDateTime start = job.getStartTime() == null ? job.getCreateTime() : job.getStartTime();
		LocalDateTime end = job.getEndTime() == null ? job.getLastUpdated() : job.getEndTime();
		return String.format(Locale.ROOT, "%.1f s", Duration.between(start, end).toMillis() / 1000.0);
	}

	static String failure(JobExecution job) {
		return job.getAllFailureExceptions()
			.stream()
			.findFirst()
			.map(NestedExceptionUtils::getMostSpecificCause)
			.map(cause -> ": " + cause.getClass().getSimpleName() + " " + cause.getMessage())
			.orElse("");
	}

}
