package tw.gov.quality.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.quartz.QuartzJobBean;

import tw.gov.quality.ingest.IngestResult;
import tw.gov.quality.ingest.Ingestion;

/**
 * Quartz's side of ingestion. Not concurrent: in the clustered store this holds across nodes too,
 * so two ingestions never read the same inbox at once.
 */
@DisallowConcurrentExecution
class IngestTriggerJob extends QuartzJobBean {

	private static final Logger log = LoggerFactory.getLogger(IngestTriggerJob.class);

	private final Ingestion ingestion;

	IngestTriggerJob(Ingestion ingestion) {
		this.ingestion = ingestion;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
		try {
			IngestResult result = ingestion.ingestNow();
			if (result.skipped()) {
				log.info("Scheduled ingestion skipped: another ingestion holds the lock");
				return;
			}
			// ingestJob's listener logs the run's summary.
			log.debug("Scheduled ingestion #{} {}: {} accepted, {} refused, {} duplicates", result.jobExecutionId(),
					result.status(), result.accepted(), result.refused(), result.duplicates());
		}
		catch (Exception ex) {
			throw new JobExecutionException(ex);
		}
	}

}
