package tw.gov.quality.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tw.gov.quality.Folders;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.formats.OfficeConverter;
import tw.gov.quality.ingest.Submissions;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;

/**
 * {@code consolidateJob}: for each supervising agency (or the one asked for), the consolidated
 * 執行成果報告 and one 審查意見表 per office it supervises directly, as they stood at {@code asOf},
 * written to a new version folder {@code output/reports/<year>/Q<quarter>/<supervisor>/v<N>/} with a
 * manifest.
 */
@Configuration(proxyBeanMethods = false)
class ConsolidationJobConfiguration {

	static final String OUTPUT_FOLDERS = "outputFolders";

	/** Step context: conversions to .ods or PDF that failed in this run (tried again on the next). */
	static final String CONVERSIONS_FAILED = "conversionsFailed";

	/** Key of a step's context: conversions not tried again, having timed out on the same workbook before. */
	static final String CONVERSIONS_HELD = "conversionsHeld";

	@Bean
	Job consolidateJob(JobRepository jobRepository, Step writeReportsStep) {
		return new JobBuilder(QualityJob.CONSOLIDATE_JOB, jobRepository).listener(new ConsolidationRunLog()).start(writeReportsStep).build();
	}

	@Bean
	Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SupervisorReader supervisorReader, QuarterPlanner quarterPlanner, ReportVersionWriter reportVersionWriter) {
		// One supervisor a chunk: its version folder is published before the reader's place is saved. No
		// database transaction around a chunk: LibreOffice converts the files (seconds each) with none open; the
		// writer reads the offices in a read-only transaction of its own. Batch's records have their own.
		return new StepBuilder("writeReportsStep", jobRepository).<Office, SupervisorQuarter>chunk(1)
			.transactionManager(new ResourcelessTransactionManager())
			.reader(supervisorReader)
			.processor(quarterPlanner)
			.writer(reportVersionWriter)
			.build();
	}

	@Bean
	@StepScope
	SupervisorReader supervisorReader(QuarterAssembler assembler, OfficeRegistry offices,
			@Value("#{jobParameters['supervisor']}") String supervisor,
			@Value("#{jobParameters['period']}") ReportingPeriod period) {
		return new SupervisorReader(assembler, offices, supervisor, period);
	}

	@Bean
	@StepScope
	QuarterPlanner quarterPlanner(QuarterAssembler assembler,
			@Value("#{jobParameters['period']}") ReportingPeriod period,
			@Value("#{jobParameters['asOf']}") LocalDateTime asOf) {
		return new QuarterPlanner(assembler, period, asOf);
	}

	@Bean
	@StepScope
	ReportVersionWriter reportVersionWriter(Folders folders, Submissions submissions, ReportLocks locks,
			QuarterAssembler assembler, OfficeConverter converter, PlatformTransactionManager transactionManager,
			Clock clock, @Value("#{stepExecution}") StepExecution step) {
		TransactionTemplate readOnly = new TransactionTemplate(transactionManager);
		readOnly.setReadOnly(true);
		return new ReportVersionWriter(folders, submissions, locks, assembler, converter, readOnly, clock, step);
	}

	static Path reportFolder(Folders folders, ReportingPeriod period, String supervisor) {
		return folders.output()
			.resolve("reports")
			.resolve(String.valueOf(period.rocYear()))
			.resolve("Q" + period.quarter())
			.resolve(supervisor);
	}

}
