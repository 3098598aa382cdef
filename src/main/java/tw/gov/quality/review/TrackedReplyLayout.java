package tw.gov.quality.review;

import java.util.List;

/**
 * The sheet 審查意見辦理情形 of an office's progress sheet: one row per tracked item outstanding for the quarter,
 * the opinion locked, 辦理情形 and 辦理日期 for the office; each row keyed in the hidden first column.
 */
public final class TrackedReplyLayout {

	public static final String SHEET = "審查意見辦理情形";

	public static final String KEY = ReviewFormLayout.KEY;

	public static final String OPENED = "列管期間";

	public static final String ITEM = "項次";

	public static final String SUBJECT = "審查意見";

	public static final String REQUEST = "建議事項";

	/** The supervisor's latest remark on the item (locked), from the last review that kept it open. */
	public static final String REMARK = "上級機關最新意見";

	public static final String REPLY = "辦理情形";

	public static final String REPLY_DATE = "辦理日期";

	public static final List<String> COLUMNS = List.of(KEY, OPENED, ITEM, SUBJECT, REQUEST, REMARK, REPLY,
			REPLY_DATE);

	private TrackedReplyLayout() {
	}

}
