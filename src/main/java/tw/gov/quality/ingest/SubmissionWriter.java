package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.cluster.WorkClaims;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Validation;

/**
 * Stores each outcome (accepted rows, or the refusal, with the findings) in the chunk's transaction
 * and answers the file with a receipt under {@code output/receipts/<office-code>/}.
 */
class SubmissionWriter implements ItemWriter<Outcome> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionWriter.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final SubmissionRepository submissions;

	private final OfficeRegistry offices;

	private final OfficeDeadlines deadlines;

	private final Folders folders;

	private final Clock clock;

	private final SubmissionMetrics metrics;

	private final ReceiptWriter receipts = new ReceiptWriter();

	private final WorkClaims claims;

	SubmissionWriter(SubmissionRepository submissions, OfficeRegistry offices, OfficeDeadlines deadlines,
			Folders folders, Clock clock, SubmissionMetrics metrics, WorkClaims claims) {
		this.claims = claims;
		this.submissions = submissions;
		this.metrics = metrics;
		this.offices = offices;
		this.deadlines = deadlines;
		this.folders = folders;
		this.clock = clock;
	}

	@Override
	public void write(Chunk<? extends Outcome> chunk) throws Exception {
		LocalDateTime now = LocalDateTime.now(clock);
		for (Outcome outcome : chunk) {
			ReceivedFile file = outcome.file();
			// The reader's claim ends when this outcome commits (and stays until its lease ends if it
			// rolls back). Lost meanwhile (a chunk slower than the lease), the other node answers it.
			if (!claims.releaseInCurrentTransaction(IngestClaims.submission(file.id()))) {
				log.warn("Submission {} was taken over by another node after its claim's lease ended; "
						+ "left to that node", file.id());
				continue;
			}
			Validation validation = outcome.validation();
			String outcomeText;
			if (SubmissionRepository.DUPLICATE.equals(outcome.state())) {
				submissions.markDuplicate(file.id(), now);
				outcomeText = "重複檔案：內容與先前收到的檔案（收件編號 " + outcome.duplicateOf() + "）完全相同，已依該次結果處理，本次不重複計算";
			}
			else if (outcome.accepted()) {
				submissions.markAccepted(file.id(), file.officeCode(), validation.period(),
						validation.plan().officeCode(), validation.items(), validation.findings(), now);
				outcomeText = "已接受（收件編號 " + file.id() + "）";
			}
			else {
				submissions.markRefused(file.id(), validation.period(), validation.findings(), now);
				outcomeText = "退件：請依下列錯誤修正後重新上傳（收件編號 " + file.id() + "）";
			}
			if (file.reingestOf() != null) {
				outcomeText += "；本件為系統管理者將收件編號 " + file.reingestOf() + " 的存檔原件重新收件，收件時間沿用原收件時間";
			}
			Path receipt = receiptPath(file);
			receipts.write(receipt(outcome, outcomeText), receipt);
			submissions.setReceipt(file.id(), receipt, executionId());
			metrics.stored(outcome);
			log.info("Submission {} {} from {} ({}): {}; receipt {}", file.id(), outcome.state(),
					file.officeCode() == null ? "folder '" + FileNames.printable(file.folder()) + "'" : file.officeCode(),
					FileNames.printable(file.originalName()),
					why(outcome), receipt);
		}
	}

	/** The ingestJob execution writing now, which the run's summary lists files by. */
	private static Long executionId() {
		var context = org.springframework.batch.core.scope.context.StepSynchronizationManager.getContext();
		return context == null ? null : context.getStepExecution().getJobExecutionId();
	}

	/** In a few words: of which submission a duplicate is, or the findings and the first error's rule and cell. */
	static String why(Outcome outcome) {
		if (SubmissionRepository.DUPLICATE.equals(outcome.state())) {
			return "same bytes as submission " + outcome.duplicateOf();
		}
		Validation validation = outcome.validation();
		String counts = validation.errors() + " error(s), " + validation.warnings() + " warning(s)";
		return validation.findings()
			.stream()
			.filter(Finding::isError)
			.findFirst()
			.map(first -> counts + ", first " + first.rule() + (first.cell() == null ? "" : " at " + first.cell()))
			.orElse(counts);
	}

	private Receipt receipt(Outcome outcome, String outcomeText) {
		ReceivedFile file = outcome.file();
		Validation validation = outcome.validation();
		String officeName = offices.find(file.officeCode()).map(Office::name).orElse(null);
		LocalDateTime deadline = validation.period() == null ? null
				: deadlines.deadline(file.officeCode(), validation.period());
		return new Receipt(file.officeCode(), officeName, file.originalName(), file.size(), file.sha256(),
				file.receivedAt(), validation.period(), deadline, outcomeText, outcome.accepted(),
				validation.findings());
	}

	private Path receiptPath(ReceivedFile file) {
		String folder = file.officeCode() == null ? Archive.UNASSIGNED : file.officeCode();
		String name = FileNames.withoutExtension(FileNames.safe(file.originalName())) + "_"
				+ STAMP.format(file.receivedAt()) + "_" + file.id() + "_回執.xlsx";
		return folders.output().resolve("receipts").resolve(folder).resolve(name);
	}


}
