package tw.gov.quality.plan;

import java.math.BigDecimal;

/**
 * A plan's 考核 (seed 000 伍.三、六: 1,000 points, below 750 the office proposes concrete improvements, every
 * half year, the 評分紀錄 sent upward within 10 days). A plan that says nothing has none: no score is kept.
 *
 * @param rhythm as written, e.g. 每半年
 * @param recordDueDays days after each 考核 by which the 評分紀錄 is due, {@code null} if the plan sets none
 */
public record Evaluation(BigDecimal totalPoints, BigDecimal passLine, String rhythm, Integer recordDueDays) {

	public boolean passes(BigDecimal score) {
		return score.compareTo(passLine) >= 0;
	}

}
