package tw.gov.quality.report;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.cluster.WorkClaims;
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

	static final String JOB_NAME = "consolidateJob";

	static final String OUTPUT_FOLDERS = "outputFolders";

	private static final Logger log = LoggerFactory.getLogger(ConsolidationJobConfiguration.class);

	@Bean
	Job consolidateJob(JobRepository jobRepository, Step writeReportsStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(new ConsolidationRunLog()).start(writeReportsStep).build();
	}

	@Bean
	Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<Office> supervisorReader, ItemProcessor<Office, SupervisorReport> reportAssembler,
			ItemWriter<SupervisorReport> reportFileWriter) {
		return new StepBuilder("writeReportsStep", jobRepository).<Office, SupervisorReport>chunk(1)
			.transactionManager(transactionManager)
			.reader(supervisorReader)
			.processor(reportAssembler)
			.writer(reportFileWriter)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<Office> supervisorReader(QuarterAssembler assembler, OfficeRegistry offices,
			@Value("#{jobParameters['supervisor']}") String supervisor, @Value("#{jobParameters['year']}") Long year,
			@Value("#{jobParameters['quarter']}") Long quarter) {
		if (supervisor != null && !supervisor.isBlank()) {
			return new ListItemReader<>(List.of(offices.get(supervisor)));
		}
		// Every supervisor with at least one office that owes a sheet this quarter.
		ReportingPeriod period = new ReportingPeriod(year.intValue(), quarter.intValue());
		return new ListItemReader<>(assembler.supervisors()
			.stream()
			.filter(office -> !assembler.expectedOffices(office.code(), period).isEmpty())
			.toList());
	}

	@Bean
	@StepScope
	ItemProcessor<Office, SupervisorReport> reportAssembler(QuarterAssembler assembler,
			@Value("#{jobParameters['year']}") Long year, @Value("#{jobParameters['quarter']}") Long quarter,
			@Value("#{jobParameters['asOf']}") LocalDateTime asOf) {
		ReportingPeriod period = new ReportingPeriod(year.intValue(), quarter.intValue());
		return supervisor -> assembler.assemble(supervisor.code(), period, asOf);
	}

	@Bean
	@StepScope
	ItemWriter<SupervisorReport> reportFileWriter(Folders folders, Submissions submissions, ReportLocks locks,
			@Value("#{stepExecution}") StepExecution step) {
		List<String> written = new ArrayList<>();
		return chunk -> {
			for (SupervisorReport report : chunk) {
				Path folder;
				try (WorkClaims.Held lock = locks.acquire(report.period(), report.supervisor().code())) {
					folder = writeVersion(folders, submissions, report, step.getJobExecutionId());
				}
				written.add(folder.toString());
				step.getExecutionContext().putString(OUTPUT_FOLDERS, String.join("\n", written));
				log.info("Consolidated {} {}: {} offices, {} received, written to {}", report.supervisor().code(),
						report.period(), report.expected(), report.received(), folder);
			}
		};
	}

	/**
	 * One version, whole or not at all: the leftovers of an interrupted run removed, then the workbook,
	 * the review forms and the manifest, last, written to a staging folder, which is then renamed to
	 * {@code v<N>}. Call it holding the supervisor's report lock.
	 */
	static Path writeVersion(Folders folders, Submissions submissions, SupervisorReport report, long jobExecutionId)
			throws Exception {
		Path base = reportFolder(folders, report.period(), report.supervisor().code());
		ReportVersions.cleanUp(base);
		ReportVersions.Staged staged = ReportVersions.stage(base);
		try {
			Path folder = staged.folder();
			String period = report.period().rocYear() + "年第" + report.period().quarter() + "季";
			new ConsolidatedWorkbookWriter().write(report,
					folder.resolve(PublishedReports.WORKBOOK_PREFIX + report.supervisor().code() + "_" + period + ".xlsx"));
			ReviewFormWriter reviews = new ReviewFormWriter();
			for (OfficeReport office : report.offices()) {
				if (report.supervisor().code().equals(office.office().parentCode())) {
					reviews.write(report, office,
							folder.resolve(PublishedReports.REVIEW_PREFIX + office.office().code() + "_" + period + ".xlsx"));
				}
			}
			List<Long> used = report.offices().stream().map(OfficeReport::submissionId).filter(id -> id != null).toList();
			Manifest.write(folder, report, LocalDateTime.now(), jobExecutionId, submissions.describe(used));
			return ReportVersions.publish(staged);
		}
		catch (Exception | Error ex) {
			ReportVersions.discard(staged);
			throw ex;
		}
	}

	static Path reportFolder(Folders folders, ReportingPeriod period, String supervisor) {
		return folders.output()
			.resolve("reports")
			.resolve(String.valueOf(period.rocYear()))
			.resolve("Q" + period.quarter())
			.resolve(supervisor);
	}

}
