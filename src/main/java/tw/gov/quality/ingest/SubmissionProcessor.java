package tw.gov.quality.ingest;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tw.gov.quality.progress.ProgressSheet;
import tw.gov.quality.progress.ProgressSheetException;
import tw.gov.quality.progress.ProgressSheetParser;
import tw.gov.quality.review.ReviewFormParser;
import tw.gov.quality.review.ReviewForms;
import tw.gov.quality.review.TrackedReplyParser;
import tw.gov.quality.spreadsheet.SpreadsheetFormat;
import tw.gov.quality.spreadsheet.SpreadsheetInspector;
import tw.gov.quality.spreadsheet.SpreadsheetLimits;
import tw.gov.quality.spreadsheet.SpreadsheetReaders;
import tw.gov.quality.spreadsheet.UnreadableSpreadsheetException;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Rule;
import tw.gov.quality.validation.SheetValidator;
import tw.gov.quality.validation.Validation;

/**
 * Step 2: reads the archived copy (never the inbox file), streaming, checks it and writes its receipt: a
 * progress sheet, or a supervisor's returned review form when its hidden identity says so.
 * Anything that makes the file untrustworthy becomes a refusal with a reason for the office; the stack
 * trace goes to the log only.
 * <p>
 * Runs on several threads at once (the answering threads), one file each: it keeps no state of
 * its own (its parsers are made per file), and the database is only read here, the review module's checks
 * included; a review form is stored, and an office's replies on its tracked items recorded, by the writer
 * in the chunk's transaction and order. A sheet whose office has earlier files in the chunk is answered
 * after them and checked against their outcomes as if stored ({@link PreviousWithEarlierFiles}).
 * The receipt is written before the chunk commits, under a name fixed by the submission: if the
 * chunk rolls back, the file is read again and its receipt rewritten in place.
 */
class SubmissionProcessor implements AnsweringAhead.Answer {

	private static final Logger log = LoggerFactory.getLogger(SubmissionProcessor.class);

	private final SpreadsheetInspector inspector = new SpreadsheetInspector();

	private final SheetValidator validator;

	private final SpreadsheetLimits limits;

	private final Answers answers;

	private final ReviewForms reviewForms;

	private final PageLookups lookups;

	private final AcceptedItems accepted;

	SubmissionProcessor(SheetValidator validator, SpreadsheetLimits limits, Answers answers, ReviewForms reviewForms,
			PageLookups lookups, AcceptedItems accepted) {
		this.lookups = lookups;
		this.accepted = accepted;
		this.validator = validator;
		this.limits = limits;
		this.answers = answers;
		this.reviewForms = reviewForms;
	}

	@Override
	public Outcome answer(ReceivedFile file, List<Outcome> earlier) throws Exception {
		if (!Files.exists(file.archivedPath())) {
			// Marked archived, yet the copy is gone (removed by hand?): never refuse an office for our loss.
			log.error("Submission {} ({}) is marked archived but {} is missing; left unread", file.id(),
					FileNames.printable(file.originalName()), file.archivedPath());
			return null;
		}
		if (file.duplicateOf() != null) {
			return answers.answer(new Outcome(file, SubmissionStatus.DUPLICATE,
					new Validation(null, null, List.of(), List.of()), file.duplicateOf()));
		}
		return answers.answer(validate(file, earlier));
	}

	private Outcome validate(ReceivedFile file, List<Outcome> earlier) throws Exception {
		if (file.officeCode() == null) {
			String where = file.folder().isEmpty() ? "收件匣的最上層" : "資料夾「" + file.folder() + "」";
			return progress(file, Validation.refused(new Finding(Rule.UNKNOWN_FOLDER, null, null,
					"檔案放在" + where + "，系統無法判斷是哪個機關送的",
					"請將檔案放到貴機關的資料夾（收件匣/貴機關代碼/）後重新上傳")));
		}
		try {
			SpreadsheetFormat format = inspector.inspect(file.archivedPath(), file.originalName(), limits);
			ProgressSheetParser parser = new ProgressSheetParser();
			ReviewFormParser review = new ReviewFormParser();
			TrackedReplyParser replies = new TrackedReplyParser();
			SpreadsheetReaders.forFormat(format, limits)
				.read(file.archivedPath(), new RowLimit(
						new TeeRowHandler(parser, new TeeRowHandler(review, replies)), limits.maxRows()));
			ReviewFormParser.Content form = review.result();
			// Recognised by its hidden identity, whatever the file is called: the supervisor's review loop.
			return form.isReviewForm() ? reviewed(file, form)
					: checked(file, parser.result(), replies.result(), earlier);
		}
		catch (UnreadableSpreadsheetException ex) {
			log.info("Submission {} ({}) unreadable: {}", file.id(), FileNames.printable(file.originalName()), ex.getMessage(),
					ex);
			return progress(file, Validation.refused(new Finding(Rule.UNREADABLE_FILE, null, null, ex.getMessage(), null)));
		}
		catch (ProgressSheetException ex) {
			return progress(file, Validation.refused(new Finding(Rule.NO_TABLE, ex.cellRef(), null, ex.getMessage(),
					"請使用系統產生的本季範本填報，或確認表格標題列含「項次」與「執行狀態」欄")));
		}
		catch (RowLimit.Exceeded ex) {
			return progress(file, Validation.refused(new Finding(Rule.UNREADABLE_FILE, null, null, ex.getMessage(),
					"請刪除多餘的空白列或其他工作表的大量資料後重新存檔")));
		}
		catch (RuntimeException ex) {
			// POI and the XML parsers signal malformed content with runtime exceptions.
			log.warn("Submission {} ({}) could not be parsed", file.id(), FileNames.printable(file.originalName()), ex);
			return progress(file, Validation.refused(new Finding(Rule.UNREADABLE_FILE, null, null, "檔案內容無法解讀，可能已損毀",
					"請用 Excel 或 LibreOffice 開啟原始檔案，另存為 .xlsx 後重新上傳")));
		}
	}

	private Outcome reviewed(ReceivedFile file, ReviewFormParser.Content form) {
		ReviewForms.Checked checked = reviewForms.check(file.officeCode(), form);
		Validation validation = new Validation(checked.period(), null, List.of(), checked.findings());
		return new Outcome(file, checked.accepted() ? SubmissionStatus.REVIEWED : SubmissionStatus.REVIEW_REFUSED,
				validation, null, checked.form(), List.of());
	}

	private Outcome checked(ReceivedFile file, ProgressSheet sheet, TrackedReplyParser.Content replies,
			List<Outcome> earlier) {
		Validation validation = earlier.isEmpty() ? validator.validate(sheet, file.officeCode())
				: validator.validate(sheet, file.officeCode(), new PreviousWithEarlierFiles(lookups, accepted, earlier));
		if (!validation.accepted()) {
			return progress(file, validation);
		}
		// The office's replies on its tracked items (列管事項): a missing one is a warning, never a refusal.
		ReviewForms.Replies answered = lookups.withoutTrackedItems(file.officeCode()) ? ReviewForms.Replies.NONE
				: reviewForms.replies(file.officeCode(), validation.period(), replies);
		List<Finding> findings = new ArrayList<>(validation.findings());
		findings.addAll(answered.findings());
		return new Outcome(file, SubmissionStatus.ACCEPTED,
				new Validation(validation.period(), validation.plan(), validation.items(), findings), null, null,
				answered.replies());
	}

	private static Outcome progress(ReceivedFile file, Validation validation) {
		return new Outcome(file, validation.accepted() ? SubmissionStatus.ACCEPTED : SubmissionStatus.REFUSED,
				validation, null);
	}

}
