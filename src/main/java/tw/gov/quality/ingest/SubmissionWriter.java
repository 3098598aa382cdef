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
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.review.ReviewForm;
import tw.gov.quality.review.ReviewForms;
import tw.gov.quality.review.TrackedItems;
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

	private final ReviewForms reviewForms;

	private final TrackedItems trackedItems;

	SubmissionWriter(SubmissionRepository submissions, OfficeRegistry offices, OfficeDeadlines deadlines,
			Folders folders, Clock clock, SubmissionMetrics metrics, ReviewForms reviewForms, TrackedItems trackedItems) {
		this.submissions = submissions;
		this.reviewForms = reviewForms;
		this.trackedItems = trackedItems;
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
			Validation validation = outcome.validation();
			String outcomeText;
			if (outcome.isReviewForm()) {
				outcomeText = storeReview(outcome, now);
			}
			else if (SubmissionRepository.DUPLICATE.equals(outcome.state())) {
				submissions.markDuplicate(file.id(), now);
				outcomeText = "重複檔案：內容與先前收到的檔案（收件編號 " + outcome.duplicateOf() + "）完全相同，已依該次結果處理，本次不重複計算";
			}
			else if (outcome.accepted()) {
				submissions.markAccepted(file.id(), file.officeCode(), validation.period(),
						validation.plan().officeCode(), validation.items(), validation.findings(), now);
				trackedItems.storeReplies(file.id(), validation.period(), outcome.replies());
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
			submissions.setReceipt(file.id(), receipt);
			metrics.stored(outcome);
			log.info("Submission {} {} from {} ({}): {}; receipt {}", file.id(), outcome.state(),
					file.officeCode() == null ? "folder '" + FileNames.printable(file.folder()) + "'" : file.officeCode(),
					FileNames.printable(file.originalName()),
					why(outcome), receipt);
		}
	}

	/** The review module stores the form (and its tracked items) in this chunk's transaction. */
	private String storeReview(Outcome outcome, LocalDateTime now) {
		ReceivedFile file = outcome.file();
		Validation validation = outcome.validation();
		submissions.markReview(file.id(), outcome.accepted(), validation.period(), validation.findings(), now);
		if (outcome.review() == null) {
			return "退件：請依下列錯誤修正審查意見表後重新送回（收件編號 " + file.id() + "）";
		}
		ReviewForm form = outcome.review();
		reviewForms.store(file.id(), form, file.receivedAt(), now);
		long tracked = form.opinions().stream().filter(ReviewForm.Opinion::tracked).count();
		long closed = form.decisions().stream().filter(ReviewForm.Decision::close).count();
		return "審查意見表已收受（收件編號 " + file.id() + "）：受審機關 " + form.officeCode() + "，審查人 " + form.reviewer()
				+ "，審查日期 " + (form.reviewedOn() == null ? "—" : RocDates.date(form.reviewedOn())) + "，評分 "
				+ (form.score() == null ? "—" : form.score().stripTrailingZeros().toPlainString()) + "；意見 "
				+ form.opinions().stream().filter(o -> !o.opinion().isBlank() || !o.suggestion().isBlank()).count()
				+ " 則，新增列管 " + tracked + " 項"
				+ (form.decisions().isEmpty() ? ""
						: "，解除列管 " + closed + " 項、繼續列管 " + (form.decisions().size() - closed) + " 項")
				+ "；同一機關同一季若先前已送回，以本件為準";
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
		if (outcome.isReviewForm()) {
			deadline = null;
		}
		return new Receipt(outcome.isReviewForm(), file.officeCode(), officeName, file.originalName(), file.size(),
				file.sha256(), file.receivedAt(), validation.period(), deadline, outcomeText, outcome.accepted(),
				validation.findings());
	}

	private Path receiptPath(ReceivedFile file) {
		String folder = file.officeCode() == null ? Archive.UNASSIGNED : file.officeCode();
		String name = FileNames.withoutExtension(FileNames.safe(file.originalName())) + "_"
				+ STAMP.format(file.receivedAt()) + "_" + file.id() + "_回執.xlsx";
		return folders.output().resolve("receipts").resolve(folder).resolve(name);
	}


}
