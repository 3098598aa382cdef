package tw.gov.quality.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.transaction.support.TransactionTemplate;

import tw.gov.quality.Folders;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.formats.OfficeConverter;
import tw.gov.quality.ingest.Submissions;

/**
 * Writes each supervisor's report as a new version folder, holding the supervisor's report lock, and
 * lists the folders written in the step's execution context ({@value ConsolidationJobConfiguration#OUTPUT_FOLDERS}),
 * where a restarted run finds the ones its failed run wrote.
 */
class ReportVersionWriter implements ItemWriter<SupervisorQuarter> {

	private static final Logger log = LoggerFactory.getLogger(ReportVersionWriter.class);

	private final Folders folders;

	private final Submissions submissions;

	private final ReportLocks locks;

	private final QuarterAssembler assembler;

	private final OfficeConverter converter;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	private final StepExecution step;

	ReportVersionWriter(Folders folders, Submissions submissions, ReportLocks locks, QuarterAssembler assembler,
			OfficeConverter converter, TransactionTemplate readOnly, Clock clock, StepExecution step) {
		this.folders = folders;
		this.submissions = submissions;
		this.locks = locks;
		this.assembler = assembler;
		this.converter = converter;
		this.readOnly = readOnly;
		this.clock = clock;
		this.step = step;
	}

	@Override
	public void write(Chunk<? extends SupervisorQuarter> chunk) throws Exception {
		for (SupervisorQuarter quarter : chunk) {
			Path folder;
			try (WorkClaims.Held lock = locks.acquire(quarter.period(), quarter.supervisor().code())) {
				// Earlier versions that were published without their .ods or PDF get them now.
				countFailures(ReportConversions.completePublished(converter,
						ConsolidationJobConfiguration.reportFolder(folders, quarter.period(), quarter.supervisor().code())));
				folder = writeVersion(quarter);
			}
			String written = step.getExecutionContext().getString(ConsolidationJobConfiguration.OUTPUT_FOLDERS, "");
			step.getExecutionContext()
				.putString(ConsolidationJobConfiguration.OUTPUT_FOLDERS,
						written.isEmpty() ? folder.toString() : written + "\n" + folder);
			log.info("Consolidated {} {}: {} offices, written to {}", quarter.supervisor().code(), quarter.period(),
					quarter.offices().size(), folder);
		}
	}

	/**
	 * One version, whole or not at all: the leftovers of an interrupted run removed, then the workbook,
	 * the review forms and the manifest, last, written to a staging folder, which is then renamed to
	 * {@code v<N>}. The offices are read a page at a time and each one's sheet and review form written
	 * before the next page is read. Call it holding the supervisor's report lock.
	 */
	private Path writeVersion(SupervisorQuarter quarter) throws Exception {
		String supervisor = quarter.supervisor().code();
		Path base = ConsolidationJobConfiguration.reportFolder(folders, quarter.period(), supervisor);
		ReportVersions.cleanUp(base);
		ReportVersions.Staged staged = ReportVersions.stage(base);
		try {
			Path folder = staged.folder();
			LocalDateTime writtenAt = LocalDateTime.now(clock);
			SupervisorReport report = inReadOnlyTransaction(() -> writeWorkbooks(quarter, folder, writtenAt));
			ReportVersions.forceAll(staged);
			// The .ods and PDF of each, in the staging folder so that the manifest lists them; a conversion that
			// fails leaves the version without that file, for the next consolidation to add.
			countFailures(ReportConversions.staged(converter, folder));
			List<Long> used = new ArrayList<>();
			report.offices().stream().map(OfficeLine::submissionId).filter(Objects::nonNull).forEach(used::add);
			Manifest.write(folder, report, writtenAt, step.getJobExecutionId(),
					submissions.describe(used));
			return ReportVersions.publish(staged);
		}
		catch (Exception | Error ex) {
			ReportVersions.discard(staged);
			throw ex;
		}
	}

	private void countFailures(OfficeConverter.Conversion conversion) {
		add(ConsolidationJobConfiguration.CONVERSIONS_FAILED, conversion.failures().size());
		add(ConsolidationJobConfiguration.CONVERSIONS_HELD, conversion.held().size());
	}

	private void add(String key, int count) {
		step.getExecutionContext().putInt(key, step.getExecutionContext().getInt(key, 0) + count);
	}

	/**
	 * The workbook and the review forms, in one read-only transaction: the offices are read a page at a time
	 * and each one's sheet and review form written before the next page is read.
	 */
	private SupervisorReport writeWorkbooks(SupervisorQuarter quarter, Path folder, LocalDateTime writtenAt)
			throws Exception {
		String supervisor = quarter.supervisor().code();
		String period = quarter.period().rocYear() + "年第" + quarter.period().quarter() + "季";
		SupervisorReport heading = quarter.heading();
		ReviewFormWriter reviews = new ReviewFormWriter(writtenAt);
		SupervisorReport report;
		// The review forms and the annex are written on the other cores meanwhile.
		Path target = folder.resolve(PublishedReports.WORKBOOK_PREFIX + supervisor + "_" + period + ".xlsx");
		try (BackgroundWrites forms = new BackgroundWrites("review-forms", Runtime.getRuntime().availableProcessors());
				ConsolidatedWorkbook workbook = new ConsolidatedWorkbook(heading, target, writtenAt);
				ExecutionTextsAnnex annex = new ExecutionTextsAnnex(heading,
						ExecutionTextsAnnex.beside(target), writtenAt);
				// Closed before the annex: its one thread writes the offices in order.
				BackgroundWrites annexWrites = new BackgroundWrites("annex", 1)) {
			Iterator<OfficeReport> offices = assembler.officeReports(quarter.offices(), quarter.period(),
					quarter.asOf());
			while (offices.hasNext()) {
				OfficeReport office = offices.next();
				annexWrites.submit(() -> annex.add(office));
				workbook.add(office);
				if (supervisor.equals(office.office().parentCode())) {
					Path form = folder
						.resolve(PublishedReports.REVIEW_PREFIX + office.office().code() + "_" + period + ".xlsx");
					forms.submit(() -> reviews.writeStaged(heading, office, form));
				}
			}
			annexWrites.submit(annex::finish);
			report = workbook.finish(assembler.agencies(supervisor, workbook.lines()));
			annexWrites.await();
			forms.await();
		}
		return report;
	}

	/** Runs {@code work} in the read-only transaction, its checked exceptions passed on as they are. */
	private <T> T inReadOnlyTransaction(Callable<T> work) throws Exception {
		try {
			return readOnly.execute(status -> {
				try {
					return work.call();
				}
				catch (Exception ex) {
					throw new Passed(ex);
				}
			});
		}
		catch (Passed passed) {
			throw passed.exception;
		}
	}

	/** Carries a checked exception out of a transaction callback. */
	private static final class Passed extends RuntimeException {

		private final Exception exception;

		Passed(Exception exception) {
			super(exception);
			this.exception = exception;
		}

	}

}
