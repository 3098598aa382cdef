package tw.gov.quality.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tw.gov.quality.calendar.ReportingPeriod;

/**
 * A returned 審查意見表 that passed its checks, as stored.
 *
 * @param score {@code null} when none was given or the plan has no 考核 scale
 * @param passLine the plan's 考核 pass line when a score was given, else {@code null}
 * @param decisions the reviewer's choice on each open tracked item the form listed
 */
public record ReviewForm(String supervisorCode, String officeCode, ReportingPeriod period, String reviewer,
		LocalDate reviewedOn, BigDecimal score, BigDecimal passLine, List<Opinion> opinions, List<Decision> decisions) {

	public ReviewForm {
		opinions = List.copyOf(opinions);
		decisions = List.copyOf(decisions);
	}

	/** A score below the plan's pass line: the office must propose concrete improvements (seed 000 伍.六). */
	public boolean belowPassLine() {
		return score != null && passLine != null && score.compareTo(passLine) < 0;
	}

	/**
	 * One row of the form.
	 *
	 * @param itemCode the plan item for an {@code I:} row, else {@code null}
	 * @param tracked the opinion has a 建議事項 or is marked 列管: it becomes a tracked item
	 */
	public record Opinion(String key, String itemCode, String category, String subject, String draft, String opinion,
			String suggestion, boolean tracked) {

		/** What the office is asked to act on: the suggestion, else the opinion, else the draft kept. */
		public String request() {
			if (!suggestion.isBlank()) {
				return suggestion;
			}
			return opinion.isBlank() ? draft : opinion;
		}

	}

	/**
	 * @param close 解除列管; otherwise 繼續列管
	 * @param remark what the reviewer wrote on the item's row (審查意見, then 建議事項), {@code null} if nothing
	 */
	public record Decision(long trackedItemId, boolean close, String remark) {
	}

}
