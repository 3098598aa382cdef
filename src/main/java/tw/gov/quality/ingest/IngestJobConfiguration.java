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
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import tw.gov.quality.Folders;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.formats.ConversionRunListener;
import tw.gov.quality.formats.OfficeConverter;
import tw.gov.quality.formats.PendingConversions;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanLoader;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.review.ReviewForms;
import tw.gov.quality.review.TrackedItems;
import tw.gov.quality.spreadsheet.SpreadsheetLimits;
import tw.gov.quality.validation.SheetValidator;

/**
 * {@code ingestJob}: step 1 records and archives every complete inbox file; step 2 reads, checks and
 * stores each one and writes its receipt. Both steps keep their progress in the database, so the
 * job can be rerun after any failure and ingests every file exactly once.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration implements DisposableBean {

	/** The threads that read, check and answer files; kept for every run, stopped with the application. */
	private ThreadPoolTaskExecutor processing;

	@Bean
	Job ingestJob(JobRepository jobRepository, Step receiveInboxStep, Step processSubmissionsStep,
			PlanLoader planLoader, PendingConversions conversions, Folders folders) {
		return new JobBuilder(QualityJob.INGEST_JOB, jobRepository).listener(new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				planLoader.refresh();
			}
		}).listener(new IngestRunLog())
			// Receipts as .ods and PDF once every submission has committed; what fails is swept again next run.
			.listener(new ConversionRunListener(conversions, "Ingest", job -> folders.output().resolve("receipts"), true))
			.start(receiveInboxStep).next(processSubmissionsStep).build();
	}

	@Bean
	Step receiveInboxStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, Inbox inbox,
			Archive archive, ReceivingRows rows, ReingestRequests reingests,
			ArchiveReconciliation reconciliation, Clock clock, IngestProperties properties, WorkClaims claims) {
		return new StepBuilder("receiveInboxStep", jobRepository)
			.tasklet(new ReceiveInboxTasklet(inbox, archive, rows, reingests, reconciliation, transactionManager,
					clock, claims, properties.threads()), transactionManager)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * Each chunk is read and written in order by the step's thread; its files are read, checked and answered
	 * by the task executor's threads, side by side and up to a chunk ahead ({@link AnsweringAhead}).
	 * Restarting needs no position: the reader takes what is still RECEIVED.
	 */
	@Bean
	Step processSubmissionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			AnsweringAhead answeringAhead, SubmissionWriter submissionWriter, IngestProperties properties) {
		return new StepBuilder("processSubmissionsStep", jobRepository)
			.<AnsweringAhead.Answering, Outcome>chunk(properties.chunkSize())
			.transactionManager(transactionManager)
			.reader(answeringAhead)
			.processor(AnsweringAhead.Answering::awaited)
			.writer(submissionWriter)
			.listener(new OutcomeTally())
			.allowStartIfComplete(true)
			.build();
	}

	// Not a bean: an Executor bean would replace Spring Boot's applicationTaskExecutor.
	private synchronized AsyncTaskExecutor ingestTaskExecutor(IngestProperties properties) {
		if (processing == null) {
			ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
			executor.setCorePoolSize(Math.max(1, properties.threads()));
			executor.setMaxPoolSize(Math.max(1, properties.threads()));
			executor.setThreadNamePrefix("ingest-");
			executor.setDaemon(true);
			executor.initialize();
			processing = executor;
		}
		return processing;
	}

	@Override
	public synchronized void destroy() {
		if (processing != null) {
			processing.shutdown();
		}
	}

	@Bean
	@StepScope
	AnsweringAhead answeringAhead(SubmissionRepository submissions, PlanRegistry plans, PageLookups lookups,
			WorkClaims claims, IngestProperties properties, SubmissionProcessor submissionProcessor) {
		return new AnsweringAhead(new SubmissionReader(submissions, plans, lookups, claims, properties.chunkSize()),
				submissionProcessor, ingestTaskExecutor(properties), properties.chunkSize());
	}

	@Bean
	SubmissionProcessor submissionProcessor(PlanRegistry plans, PageLookups lookups, IngestProperties properties,
			OfficeRegistry offices, Folders folders, ReviewForms reviewForms, OfficeConverter converter,
			AcceptedItems accepted) {
		SpreadsheetLimits defaults = SpreadsheetLimits.defaults();
		SpreadsheetLimits limits = new SpreadsheetLimits(properties.maxFileSize().toBytes(), properties.maxRows(),
				defaults.maxUncompressedBytes(), defaults.minInflateRatio(), defaults.maxZipEntries());
		limits.applyToPoi();
		return new SubmissionProcessor(new SheetValidator(plans::planFor, lookups), limits,
				new Answers(offices, lookups, folders, converter::warmUp), reviewForms, lookups, accepted);
	}

	@Bean
	SubmissionWriter submissionWriter(OutcomeStore submissions, Clock clock, MeterRegistry meterRegistry,
			ReviewForms reviewForms, TrackedItems trackedItems, WorkClaims claims, PageLookups lookups) {
		return new SubmissionWriter(submissions, clock, new SubmissionMetrics(meterRegistry), reviewForms, trackedItems,
				claims, lookups);
	}

}
