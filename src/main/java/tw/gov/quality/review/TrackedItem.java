package tw.gov.quality.review;

import java.time.LocalDate;

import tw.gov.quality.calendar.ReportingPeriod;

/**
 * One 列管事項 as of a period.
 *
 * @param itemCode the plan item, {@code S1} for a strategy as a whole, {@code null} for the office as a whole
 * @param closed the period whose review closed it, {@code null} while open
 * @param reply the office's 辦理情形 for the period asked about, {@code null} if none came
 * @param remark the supervisor's latest remark on it (the reviewer's words beside a 解除列管 / 繼續列管 decision, on
 * a current form of the period asked about or before), {@code null} if none was written
 */
public record TrackedItem(long id, String officeCode, String itemCode, String source, String subject, String request,
		ReportingPeriod opened, ReportingPeriod closed, String reply, LocalDate repliedOn, String remark) {

	public static final String OPINION = "OPINION";

	public static final String SCORE = "SCORE";

	public boolean open() {
		return closed == null;
	}

	/** 1.3, 實施要項一 (kept as S1), or 全機關 */
	public String itemLabel() {
		if (itemCode == null) {
			return "全機關";
		}
		if (itemCode.matches("S\\d+")) {
			return "實施要項" + tw.gov.quality.plan.Strategy.numeral(Integer.parseInt(itemCode.substring(1)));
		}
		return itemCode;
	}

	/** Still open at {@code period} although opened more than one quarter before it. */
	public boolean openLongerThanAQuarter(ReportingPeriod period) {
		return (closed == null || TrackedItems.ord(closed) >= TrackedItems.ord(period))
				&& TrackedItems.ord(period) - TrackedItems.ord(opened) > 1;
	}

}
