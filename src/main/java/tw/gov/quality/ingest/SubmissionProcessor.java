package tw.gov.quality.ingest;

import java.nio.file.Files;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import tw.gov.quality.progress.ProgressSheet;
import tw.gov.quality.progress.ProgressSheetException;
import tw.gov.quality.progress.ProgressSheetParser;
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
 * Step 2: reads the archived copy (never the inbox file), streaming, checks it and writes its receipt.
 * Anything that makes the file untrustworthy becomes a refusal with a reason for the office; the stack
 * trace goes to the log only.
 * <p>
 * Runs on several threads at once (the step's task executor), one file each: it keeps no state of
 * its own, and the database is only read here. The writer stores the outcomes in the chunk's order.
 * The receipt is written before the chunk commits, under a name fixed by the submission: if the
 * chunk rolls back, the file is read again and its receipt rewritten in place.
 */
class SubmissionProcessor implements ItemProcessor<ReceivedFile, Outcome> {

	private static final Logger log = LoggerFactory.getLogger(SubmissionProcessor.class);

	private final SpreadsheetInspector inspector = new SpreadsheetInspector();

	private final SheetValidator validator;

	private final SpreadsheetLimits limits;

	private final Answers answers;

	SubmissionProcessor(SheetValidator validator, SpreadsheetLimits limits, Answers answers) {
		this.validator = validator;
		this.limits = limits;
		this.answers = answers;
	}

	@Override
	public Outcome process(ReceivedFile file) throws Exception {
		if (!Files.exists(file.archivedPath())) {
			// Marked archived, yet the copy is gone (removed by hand?): never refuse an office for our loss.
			log.error("Submission {} ({}) is marked archived but {} is missing; left unread", file.id(),
					FileNames.printable(file.originalName()), file.archivedPath());
			return null;
		}
		if (file.duplicateOf() != null) {
			return answers.answer(new Outcome(file, SubmissionRepository.DUPLICATE,
					new Validation(null, null, List.of(), List.of()), file.duplicateOf()));
		}
		Validation validation = validate(file);
		return answers.answer(new Outcome(file,
				validation.accepted() ? SubmissionRepository.ACCEPTED : SubmissionRepository.REFUSED, validation, null));
	}

	private Validation validate(ReceivedFile file) throws Exception {
		if (file.officeCode() == null) {
			String where = file.folder().isEmpty() ? "收件匣的最上層" : "資料夾「" + file.folder() + "」";
			return Validation.refused(new Finding(Rule.UNKNOWN_FOLDER, null, null,
					"檔案放在" + where + "，系統無法判斷是哪個機關送的",
					"請將檔案放到貴機關的資料夾（收件匣/貴機關代碼/）後重新上傳"));
		}
		try {
			SpreadsheetFormat format = inspector.inspect(file.archivedPath(), file.originalName(), limits);
			ProgressSheetParser parser = new ProgressSheetParser();
			SpreadsheetReaders.forFormat(format, limits).read(file.archivedPath(), new RowLimit(parser, limits.maxRows()));
			ProgressSheet sheet = parser.result();
			return validator.validate(sheet, file.officeCode());
		}
		catch (UnreadableSpreadsheetException ex) {
			log.info("Submission {} ({}) unreadable: {}", file.id(), FileNames.printable(file.originalName()), ex.getMessage(),
					ex);
			return Validation.refused(new Finding(Rule.UNREADABLE_FILE, null, null, ex.getMessage(), null));
		}
		catch (ProgressSheetException ex) {
			return Validation.refused(new Finding(Rule.NO_TABLE, ex.cellRef(), null, ex.getMessage(),
					"請使用系統產生的本季範本填報，或確認表格標題列含「項次」與「執行狀態」欄"));
		}
		catch (RowLimit.Exceeded ex) {
			return Validation.refused(new Finding(Rule.UNREADABLE_FILE, null, null, ex.getMessage(),
					"請刪除多餘的空白列或其他工作表的大量資料後重新存檔"));
		}
		catch (RuntimeException ex) {
			// POI and the XML parsers signal malformed content with runtime exceptions.
			log.warn("Submission {} ({}) could not be parsed", file.id(), FileNames.printable(file.originalName()), ex);
			return Validation.refused(new Finding(Rule.UNREADABLE_FILE, null, null, "檔案內容無法解讀，可能已損毀",
					"請用 Excel 或 LibreOffice 開啟原始檔案，另存為 .xlsx 後重新上傳"));
		}
	}

}
