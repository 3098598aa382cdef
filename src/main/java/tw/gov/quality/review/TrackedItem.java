package tw.gov.quality.review;

import java.time.LocalDate;

import tw.gov.quality.calendar.ReportingPeriod;

/**
 * One 列管事項 as of a period.
 *
 * @param itemCode the plan item, {@code null} for the office as a whole
 * @param closed the period whose review closed it, {@code null} while open
 * @param reply the office's 辦理情形 for the period asked about, {@code null} if none came
 */
public record TrackedItem(long id, String officeCode, String itemCode, String source, String subject, String request,
		ReportingPeriod opened, ReportingPeriod closed, String reply, LocalDate repliedOn) {

	public static final String OPINION = "OPINION";

	public static final String SCORE = "SCORE";

	public boolean open() {
		return closed == null;
	}

	/** 1.3, or 全機關 */
	public String itemLabel() {
		return itemCode == null ? "全機關" : itemCode;
	}

	/** Still open at {@code period} although opened more than one quarter before it. */
	public boolean openLongerThanAQuarter(ReportingPeriod period) {
		return (closed == null || TrackedItems.ord(closed) >= TrackedItems.ord(period))
				&& TrackedItems.ord(period) - TrackedItems.ord(opened) > 1;
	}

}
