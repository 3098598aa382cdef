package tw.gov.quality.ingest;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanLoader;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.spreadsheet.SpreadsheetLimits;
import tw.gov.quality.validation.SheetValidator;

/**
 * {@code ingestJob}: step 1 records and archives every complete inbox file; step 2 reads, checks and
 * stores each one and writes its receipt. Both steps keep their progress in the database, so the
 * job can be rerun after any failure and ingests every file exactly once.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

	static final String JOB_NAME = "ingestJob";

	@Bean
	Job ingestJob(JobRepository jobRepository, Step receiveInboxStep, Step processSubmissionsStep,
			PlanLoader planLoader) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				planLoader.refresh();
			}
		}).listener(new IngestRunLog()).start(receiveInboxStep).next(processSubmissionsStep).build();
	}

	@Bean
	Step receiveInboxStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Inbox inbox,
			Archive archive, SubmissionRepository submissions, ReingestRequests reingests,
			ArchiveReconciliation reconciliation, Clock clock, WorkClaims claims) {
		return new StepBuilder("receiveInboxStep", jobRepository)
			.tasklet(new ReceiveInboxTasklet(inbox, archive, submissions, reingests, reconciliation, transactionManager,
					clock, claims), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step processSubmissionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionReader submissionReader, SubmissionProcessor submissionProcessor,
			SubmissionWriter submissionWriter, IngestProperties properties) {
		return new StepBuilder("processSubmissionsStep", jobRepository).<ReceivedFile, Outcome>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(submissionReader)
			.processor(submissionProcessor)
			.writer(submissionWriter)
			.listener(new OutcomeTally())
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	@StepScope
	SubmissionReader submissionReader(SubmissionRepository submissions, WorkClaims claims) {
		return new SubmissionReader(submissions, claims);
	}

	@Bean
	SubmissionProcessor submissionProcessor(PlanRegistry plans, AcceptedFigures figures, IngestProperties properties,
			SubmissionRepository submissions) {
		SpreadsheetLimits defaults = SpreadsheetLimits.defaults();
		SpreadsheetLimits limits = new SpreadsheetLimits(properties.maxFileSize().toBytes(), properties.maxRows(),
				defaults.maxUncompressedBytes(), defaults.minInflateRatio(), defaults.maxZipEntries());
		limits.applyToPoi();
		return new SubmissionProcessor(new SheetValidator(plans::planFor, figures), limits, submissions);
	}

	@Bean
	SubmissionWriter submissionWriter(SubmissionRepository submissions, OfficeRegistry offices,
			OfficeDeadlines deadlines, Folders folders, Clock clock, MeterRegistry meterRegistry, WorkClaims claims) {
		return new SubmissionWriter(submissions, offices, deadlines, folders, clock,
				new SubmissionMetrics(meterRegistry), claims);
	}

}
