package tw.gov.quality.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import tw.gov.quality.batch.JobOutcome;

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
				+ "{} duplicate(s), {} review form(s) stored, {} review form(s) refused; {} left for the next run ({} still being written, {} could not be archived), "
				+ "{} inbox entr(ies) not regular files{}", job.getId(), job.getStatus(), JobOutcome.took(job), receive.received(),
				receive.recovered(), OutcomeTally.count(process, SubmissionStatus.ACCEPTED),
				OutcomeTally.count(process, SubmissionStatus.REFUSED),
				OutcomeTally.count(process, SubmissionStatus.DUPLICATE),
				OutcomeTally.count(process, SubmissionStatus.REVIEWED),
				OutcomeTally.count(process, SubmissionStatus.REVIEW_REFUSED), receive.left(), receive.waiting().count(),
				receive.failed().count(), receive.ignored().count(), JobOutcome.logFailure(job));
	}

	static StepExecution step(JobExecution job, String name) {
		return job.getStepExecutions().stream().filter(step -> step.getStepName().equals(name)).findFirst().orElse(null);
	}

}
