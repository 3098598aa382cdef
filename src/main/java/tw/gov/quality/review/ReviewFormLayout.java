package tw.gov.quality.review;

import java.util.List;

import tw.gov.quality.progress.ProgressSheetLayout;

/**
 * The 審查意見表 (seed 002, 附件二) as the report module writes it, and what {@link ReviewFormParser} relies on
 * when a filled-in form comes back: every row the reviewer writes on carries a stable key in the hidden first column,
 * and a very hidden {@value #IDENTITY_SHEET} sheet says whose form it is. Readers find the reviewer
 * columns by their labels on the header row, never by position.
 */
public final class ReviewFormLayout {

	public static final String SHEET = "審查意見";

	public static final String IDENTITY_SHEET = ProgressSheetLayout.IDENTITY_SHEET;

	/** Zero-based, hidden: the row's key. */
	public static final int KEY_COLUMN = 0;

	public static final String KEY = "鍵值";

	public static final String CATEGORY = "類別";

	public static final String SUBJECT = "項目";

	/** Drafted by the system, unlocked: the reviewer keeps it, edits it or clears it. */
	public static final String DRAFT = "初擬意見";

	public static final String OPINION = "審查意見";

	public static final String SUGGESTION = "建議事項";

	/** 列管 marks an opinion without a suggestion as tracked (列管事項) too. */
	public static final String TRACK = "列管";

	/** On a tracked item's row: the office's reply (辦理情形), shown to the reviewer. */
	public static final String REPLY = "機關辦理情形";

	/** On a tracked item's row: the reviewer's choice, {@value #CLOSE} or {@value #KEEP}. */
	public static final String DECISION = "列管決定";

	public static final List<String> COLUMNS = List.of(KEY, CATEGORY, SUBJECT, DRAFT, OPINION, SUGGESTION, TRACK, REPLY,
			DECISION);

	/** What the {@value #TRACK} drop-down offers. */
	public static final List<String> TRACK_CHOICES = List.of("列管", "不列管");

	public static final String CLOSE = "解除列管";

	public static final String KEEP = "繼續列管";

	/** T:42 for the open tracked item 42. */
	public static final String TRACKED_PREFIX = "T:";

	/** I:1.3 for item 1.3 */
	public static final String ITEM_PREFIX = "I:";

	/** S1 for strategy 一 */
	public static final String STRATEGY_PREFIX = "S";

	/** The whole office: not submitted, refused, late. */
	public static final String OFFICE_KEY = "OFFICE";

	/** 綜合意見 */
	public static final String OVERALL_KEY = "OVERALL";

	/** The sign-off rows at the bottom; their value is in the {@value #DRAFT} column. */
	public static final String SCORE_KEY = "SCORE";

	public static final String REVIEWER_KEY = "REVIEWER";

	public static final String REVIEW_DATE_KEY = "REVIEW_DATE";

	/** Identity keys, column A of {@value #IDENTITY_SHEET}; values in column B, also workbook names QR_*. */
	public static final String ID_FORM = "form";

	public static final String FORM = "review";

	public static final String ID_SUPERVISOR_CODE = "supervisor_code";

	public static final String ID_OFFICE_CODE = ProgressSheetLayout.ID_OFFICE_CODE;

	public static final String ID_ROC_YEAR = ProgressSheetLayout.ID_ROC_YEAR;

	public static final String ID_QUARTER = ProgressSheetLayout.ID_QUARTER;

	public static final String ID_GENERATED_AT = ProgressSheetLayout.ID_GENERATED_AT;

	/** The identity written under this key says the workbook is a review form. */
	public static boolean isReviewForm(String formValue) {
		return FORM.equals(formValue);
	}

	private ReviewFormLayout() {
	}

	/** S1 for strategy 一 */
	public static String strategyKey(int strategy) {
		return STRATEGY_PREFIX + strategy;
	}

	/** I:1.3 for item 1.3 */
	public static String itemKey(String itemCode) {
		return ITEM_PREFIX + itemCode;
	}

	/** T:42 for tracked item 42 */
	public static String trackedKey(long id) {
		return TRACKED_PREFIX + id;
	}

}
