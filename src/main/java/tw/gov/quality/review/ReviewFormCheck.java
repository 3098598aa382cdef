package tw.gov.quality.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.Evaluation;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.progress.Field;
import tw.gov.quality.review.ReviewFormParser.Content;
import tw.gov.quality.spreadsheet.SheetCell;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Rule;

import static tw.gov.quality.review.ReviewFormLayout.*;

/**
 * The checks a returned review form goes through, each a finding for the supervisor's receipt: it is this
 * supervisor's, about an office it supervises, for a period it was sent; every hidden key intact and known;
 * signed, dated, and scored (if at all) within the plan's scale.
 */
class ReviewFormCheck {

	static final String USE_OUR_FORM = "請使用系統產生的審查意見表填寫，勿刪除或修改隱藏的欄位與工作表";

	private final OfficeRegistry offices;

	private final PlanRegistry plans;

	private final ReviewedPeriods reviewed;

	/** The ids of the tracked items an office's form for a period lists (outstanding at that period). */
	private final BiFunction<String, ReportingPeriod, Set<Long>> openTracked;

	ReviewFormCheck(OfficeRegistry offices, PlanRegistry plans, ReviewedPeriods reviewed,
			BiFunction<String, ReportingPeriod, Set<Long>> openTracked) {
		this.offices = offices;
		this.plans = plans;
		this.reviewed = reviewed;
		this.openTracked = openTracked;
	}

	/**
	 * @param folderCode the office whose inbox folder the form came through
	 */
	Checked check(String folderCode, Content content) {
		List<Finding> findings = new ArrayList<>();
		Map<String, String> identity = content.identity();
		String supervisor = identity.getOrDefault(ID_SUPERVISOR_CODE, "").strip();
		String office = identity.getOrDefault(ID_OFFICE_CODE, "").strip();
		ReportingPeriod period = period(identity).orElse(null);
		if (supervisor.isEmpty() || office.isEmpty() || period == null) {
			return Checked.refused(null, new Finding(Rule.REVIEW_IDENTITY_UNREADABLE, null, null,
					"審查意見表的隱藏識別資料不完整（審查機關、受審機關或期間），無法確認是哪一份表單", USE_OUR_FORM));
		}
		checkSender(folderCode, supervisor, office, period, findings);
		if (!content.hasTable()) {
			findings.add(new Finding(Rule.REVIEW_TABLE_MISSING, null, null,
					"找不到審查意見表格：需有一列同時含「" + KEY + "」與「" + OPINION + "」欄的標題列", USE_OUR_FORM));
			return Checked.refused(period, findings);
		}
		Optional<Plan> plan = plans.planFor(office, period.rocYear());
		ReviewFormRows rows = ReviewFormRows.read(content, plan, openTracked.apply(office, period), findings);
		ReviewSignOff signOff = new ReviewSignOff(content.sheet(), content.columns(), findings);
		String reviewerName = signOff.reviewer(rows.reviewer());
		LocalDate reviewedOn = rows.date() == null ? null : signOff.reviewedOn(rows.date(), period);
		BigDecimal scoreValue = rows.score() == null ? null : signOff.score(rows.score(), plan);
		if (findings.stream().anyMatch(Finding::isError)) {
			return Checked.refused(period, findings);
		}
		BigDecimal passLine = scoreValue == null ? null
				: plan.flatMap(Plan::evaluationSettings).map(Evaluation::passLine).orElse(null);
		return new Checked(period, new ReviewForm(supervisor, office, period, reviewerName, reviewedOn, scoreValue,
				passLine, rows.opinions(), rows.decisions()), List.copyOf(findings));
	}

	/** The form is this supervisor's, about an office it supervises, for a period it was sent a form for. */
	private void checkSender(String folderCode, String supervisor, String office, ReportingPeriod period,
			List<Finding> findings) {
		if (!supervisor.equals(folderCode)) {
			findings.add(new Finding(Rule.REVIEW_NOT_THIS_SUPERVISOR, null, null,
					"這份審查意見表是發給" + name(supervisor) + "的，卻由" + name(folderCode) + "的資料夾送出",
					"請由" + name(supervisor) + "送回（收件匣/" + supervisor + "/，或以該機關帳號上傳）"));
		}
		else if (offices.descendants(folderCode).stream().noneMatch(o -> o.code().equals(office))) {
			findings.add(new Finding(Rule.REVIEW_OFFICE_OUTSIDE, null, null,
					"受審機關" + name(office) + "不在" + name(folderCode) + "督導的機關之內",
					"請確認表單是否為貴機關所督導機關的審查意見表"));
		}
		else if (!reviewed.reviewed(supervisor, office, period)) {
			findings.add(new Finding(Rule.REVIEW_PERIOD_NOT_REVIEWED, null, null,
					"系統未曾就" + period.label() + "發出" + name(office) + "的審查意見表，無法收受這份表單",
					"請使用該季彙整報告所附的審查意見表，或先辦理該季彙整"));
		}
	}

	private static Optional<ReportingPeriod> period(Map<String, String> identity) {
		try {
			int year = Integer.parseInt(identity.getOrDefault(ID_ROC_YEAR, "").strip());
			int quarter = Integer.parseInt(identity.getOrDefault(ID_QUARTER, "").strip());
			return Optional.of(new ReportingPeriod(year, quarter));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	private String name(String code) {
		return offices.find(code).map(Office::name).map(n -> n + "（" + code + "）").orElse("「" + code + "」");
	}

	static String ref(String sheet, int row, Integer column) {
		return new Field("", SheetCell.Kind.TEXT, sheet, row, column == null ? 0 : column).ref();
	}

	/**
	 * @param period {@code null} when the identity could not be read
	 * @param form {@code null} when refused
	 */
	record Checked(ReportingPeriod period, ReviewForm form, List<Finding> findings) {

		static Checked refused(ReportingPeriod period, Finding finding) {
			return new Checked(period, null, List.of(finding));
		}

		static Checked refused(ReportingPeriod period, List<Finding> findings) {
			return new Checked(period, null, List.copyOf(findings));
		}

		boolean accepted() {
			return form != null;
		}

	}

}
