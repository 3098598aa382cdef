package tw.gov.quality.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Evaluation;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.progress.Field;
import tw.gov.quality.progress.Quantities;
import tw.gov.quality.progress.ReportDates;
import tw.gov.quality.review.ReviewFormParser.Line;
import tw.gov.quality.spreadsheet.SheetCell;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Rule;

import static tw.gov.quality.review.ReviewFormLayout.DRAFT;

/**
 * The sign-off rows at the end of a returned review form, read: the reviewer's name, the review date and the
 * score within the plan's scale; what cannot be taken is a finding for the receipt.
 */
final class ReviewSignOff {

	private final String sheet;

	private final Map<String, Integer> columns;

	private final List<Finding> findings;

	/**
	 * @param findings where the findings go
	 */
	ReviewSignOff(String sheet, Map<String, Integer> columns, List<Finding> findings) {
		this.sheet = sheet;
		this.columns = columns;
		this.findings = findings;
	}

	/** The reviewer's name, blank (and a finding) when the row is there but not filled in. */
	String reviewer(Line reviewer) {
		String name = reviewer == null || reviewer.value() == null ? "" : reviewer.value().text().strip();
		if (reviewer != null && name.isEmpty()) {
			findings.add(new Finding(Rule.REVIEW_REVIEWER_MISSING, valueRef(reviewer), null, "審查人未填寫",
					"請於「審查人（簽章）」列填寫審查人姓名"));
		}
		return name;
	}

	/** The review date, {@code null} (and a finding) when blank or unreadable. */
	LocalDate reviewedOn(Line date, ReportingPeriod period) {
		LocalDate reviewedOn = date.value() == null ? null
				: ReportDates.parse(field(date.row(), date.value())).orElse(null);
		if (reviewedOn == null) {
			findings.add(new Finding(Rule.REVIEW_DATE_UNREADABLE, valueRef(date), null,
					date.value() == null ? "審查日期未填寫" : "審查日期「" + date.value().text() + "」無法辨識",
					"請填寫日期，例如 " + period.rocYear() + "/7/15 或 " + (period.rocYear() + 1911) + "-07-15"));
		}
		return reviewedOn;
	}

	/** The score, {@code null} when blank, or (with a finding) unreadable, not evaluated or out of the scale. */
	BigDecimal score(Line line, Optional<Plan> plan) {
		if (line.value() == null) {
			return null;
		}
		String cell = valueRef(line);
		Optional<BigDecimal> value = Quantities.parse(field(line.row(), line.value()));
		if (value.isEmpty()) {
			findings.add(new Finding(Rule.REVIEW_SCORE_UNREADABLE, cell, null,
					"評分「" + line.value().text() + "」不是數字", "請只填數字，例如 82 或 82.5，不要加「分」等文字"));
			return null;
		}
		Optional<BigDecimal> total = plan.flatMap(ReviewSignOff::scale);
		if (total.isEmpty()) {
			findings.add(new Finding(Rule.REVIEW_SCORE_NOT_EVALUATED, cell, null,
					"本機關的計畫未訂考核總分，評分 " + value.get().toPlainString() + " 不予採計", "如需考核評分，請先於計畫中訂定考核總分與及格分數"));
			return null;
		}
		if (value.get().signum() < 0 || value.get().compareTo(total.get()) > 0) {
			findings.add(new Finding(Rule.REVIEW_SCORE_OUT_OF_SCALE, cell, null,
					"評分 " + value.get().toPlainString() + " 超出計畫的考核總分範圍（0 至 " + total.get().toPlainString() + " 分）",
					"請填寫 0 至 " + total.get().toPlainString() + " 之間的分數"));
			return null;
		}
		return value.get();
	}

	/** The plan's 考核 total points, if it declares an evaluation. */
	private static Optional<BigDecimal> scale(Plan plan) {
		return plan.evaluationSettings().map(Evaluation::totalPoints);
	}

	private Field field(int row, SheetCell cell) {
		return new Field(cell.text() == null ? "" : cell.text().strip(), cell.kind(), sheet, row, cell.column());
	}

	private String valueRef(Line line) {
		int column = line.value() != null ? line.value().column() : columns.getOrDefault(DRAFT, 3);
		return ReviewFormCheck.ref(sheet, line.row(), column);
	}

}
