package tw.gov.quality.report;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import tw.gov.quality.Folders;
import tw.gov.quality.database.ClusterLock;
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

	private final StepExecution step;

	ReportVersionWriter(Folders folders, Submissions submissions, ReportLocks locks, QuarterAssembler assembler,
			StepExecution step) {
		this.folders = folders;
		this.submissions = submissions;
		this.locks = locks;
		this.assembler = assembler;
		this.step = step;
	}

	@Override
	public void write(Chunk<? extends SupervisorQuarter> chunk) throws Exception {
		for (SupervisorQuarter quarter : chunk) {
			Path folder;
			try (ClusterLock.Held lock = locks.acquire(quarter.period(), quarter.supervisor().code())) {
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
			String period = quarter.period().rocYear() + "年第" + quarter.period().quarter() + "季";
			SupervisorReport heading = quarter.heading();
			LocalDateTime writtenAt = LocalDateTime.now();
			ReviewFormWriter reviews = new ReviewFormWriter(writtenAt);
			SupervisorReport report;
			try (ConsolidatedWorkbook workbook = new ConsolidatedWorkbook(heading,
					folder.resolve(PublishedReports.WORKBOOK_PREFIX + supervisor + "_" + period + ".xlsx"), writtenAt)) {
				Iterator<OfficeReport> offices = assembler.officeReports(quarter.offices(), quarter.period(),
						quarter.asOf());
				while (offices.hasNext()) {
					OfficeReport office = offices.next();
					workbook.add(office);
					if (supervisor.equals(office.office().parentCode())) {
						reviews.write(heading, office, folder
							.resolve(PublishedReports.REVIEW_PREFIX + office.office().code() + "_" + period + ".xlsx"));
					}
				}
				report = workbook.finish(assembler.agencies(supervisor, workbook.lines()));
			}
			List<Long> used = new ArrayList<>();
			report.offices().stream().map(OfficeLine::submissionId).filter(Objects::nonNull).forEach(used::add);
			Manifest.write(folder, report, LocalDateTime.now(), step.getJobExecutionId(), submissions.describe(used));
			return ReportVersions.publish(staged);
		}
		catch (Exception | Error ex) {
			ReportVersions.discard(staged);
			throw ex;
		}
	}

}
