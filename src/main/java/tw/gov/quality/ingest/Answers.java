package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.review.ReviewForm;
import tw.gov.quality.validation.Validation;

/**
 * The receipt every file gets, under {@code output/receipts/<office-code>/}: its outcome line and
 * where it is written. Its name is fixed by the submission (name, received time, id), so a file read
 * again after a crash is answered by the same receipt, rewritten, never by a second one.
 */
class Answers {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final OfficeRegistry offices;

	private final PageLookups deadlines;

	private final Folders folders;

	private final ReceiptWriter receipts = new ReceiptWriter();

	/** Starts the converter of receipts to .ods and PDF ahead of the run's end. */
	private final Runnable warmUp;

	Answers(OfficeRegistry offices, PageLookups deadlines, Folders folders, Runnable warmUp) {
		this.warmUp = warmUp;
		this.offices = offices;
		this.deadlines = deadlines;
		this.folders = folders;
	}

	/** Writes the outcome's receipt (complete on disk when this returns) and says where. */
	Outcome answer(Outcome outcome) throws IOException {
		Path receipt = receiptPath(outcome.file());
		receipts.write(receipt(outcome, outcomeText(outcome)), receipt);
		warmUp.run();
		return outcome.answeredBy(receipt);
	}

	static String outcomeText(Outcome outcome) {
		ReceivedFile file = outcome.file();
		String text;
		if (outcome.isReviewForm()) {
			text = reviewText(outcome);
		}
		else if (outcome.state() == SubmissionStatus.DUPLICATE) {
			text = "重複檔案：內容與先前收到的檔案（收件編號 " + outcome.duplicateOf() + "）完全相同，已依該次結果處理，本次不重複計算";
		}
		else if (outcome.accepted()) {
			text = "已接受（收件編號 " + file.id() + "）";
		}
		else {
			text = "退件：請依下列錯誤修正後重新上傳（收件編號 " + file.id() + "）";
		}
		if (file.reingestOf() != null) {
			text += "；本件為系統管理者將收件編號 " + file.reingestOf() + " 的存檔原件重新收件，收件時間沿用原收件時間";
		}
		return text;
	}

	/** A returned 審查意見表: what the review module will store (the writer stores it in the chunk's transaction). */
	private static String reviewText(Outcome outcome) {
		ReceivedFile file = outcome.file();
		if (outcome.review() == null) {
			return "退件：請依下列錯誤修正審查意見表後重新送回（收件編號 " + file.id() + "）";
		}
		ReviewForm form = outcome.review();
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

	private Receipt receipt(Outcome outcome, String outcomeText) {
		ReceivedFile file = outcome.file();
		Validation validation = outcome.validation();
		String officeName = offices.find(file.officeCode()).map(Office::name).orElse(null);
		// A review form answers no office deadline.
		LocalDateTime deadline = validation.period() == null || outcome.isReviewForm() ? null
				: deadlines.deadline(file.officeCode(), validation.period());
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
