package tw.gov.quality.template;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import tw.gov.quality.Folders;
import tw.gov.quality.batch.JobStarter;
import tw.gov.quality.batch.QualityJob;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.formats.ConversionRunListener;
import tw.gov.quality.formats.PendingConversions;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanLoader;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.review.TrackedItems;

/**
 * {@code templateJob}: writes every reporting office's pre-filled progress sheet for a quarter to
 * {@code output/templates/<year>/Q<quarter>/<office-code>.xlsx}. Offices with no plan for the year
 * (own or inherited) are filtered and named in the step's execution context.
 */
@Configuration(proxyBeanMethods = false)
class TemplateJobConfiguration {

	static final String OFFICES_WITHOUT_PLAN = "officesWithoutPlan";

	static final String STEP = "writeTemplatesStep";

	@Bean
	Job templateJob(JobRepository jobRepository, Step writeTemplatesStep, PlanLoader planLoader,
			PendingConversions conversions, Folders folders) {
		return new JobBuilder(QualityJob.TEMPLATE_JOB, jobRepository).listener(new JobExecutionListener() {
			@Override
			public void beforeJob(JobExecution jobExecution) {
				planLoader.refresh();
			}
		})
			// Templates also as .ods (no PDF: offices fill them in), once written; what fails is swept again by the
			// next run of the quarter. Only the quarter's folder: a template asked for in the console waits for this.
			.listener(new ConversionRunListener(conversions, "Template", job -> {
				ReportingPeriod period = JobStarter.period(job.getJobParameters());
				return period == null ? folders.output().resolve("templates")
						: templateFolder(folders, period);
			}, false))
			.start(writeTemplatesStep)
			.build();
	}

	@Bean
	Step writeTemplatesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<Office> templateOfficeReader, TemplateTaskProcessor templateTaskProcessor,
			TemplateFileWriter templateFileWriter) {
		return new StepBuilder(STEP, jobRepository).<Office, TemplateTask>chunk(20)
			.transactionManager(transactionManager)
			.reader(templateOfficeReader)
			.processor(templateTaskProcessor)
			.writer(templateFileWriter)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<Office> templateOfficeReader(OfficeRegistry offices,
			@Value("#{jobParameters['office']}") String office) {
		List<Office> reporting = offices.reportingOffices();
		if (office != null && !office.isBlank()) {
			reporting = reporting.stream().filter(candidate -> candidate.code().equals(office)).toList();
		}
		return new ListItemReader<>(reporting);
	}

	@Bean
	@StepScope
	TemplateTaskProcessor templateTaskProcessor(PlanRegistry plans, ObjectProvider<PreviousFigures> previousFigures,
			ObjectProvider<TrackedItems> trackedItems, @Value("#{jobParameters['period']}") ReportingPeriod period,
			@Value("#{stepExecution}") StepExecution step) {
		return new TemplateTaskProcessor(plans, previousFigures, trackedItems, period, step);
	}

	@Bean
	@StepScope
	TemplateFileWriter templateFileWriter(Folders folders, Clock clock) {
		return new TemplateFileWriter(folders, LocalDateTime.now(clock));
	}

	static Path templatePath(Folders folders, ReportingPeriod period, String officeCode) {
		return templateFolder(folders, period).resolve(officeCode + ".xlsx");
	}

	/** {@code output/templates/<year>/Q<quarter>}: the quarter's templates. */
	static Path templateFolder(Folders folders, ReportingPeriod period) {
		return folders.output().resolve("templates").resolve(String.valueOf(period.rocYear())).resolve("Q" + period.quarter());
	}

}
