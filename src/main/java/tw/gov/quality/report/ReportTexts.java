package tw.gov.quality.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.calendar.RocDates;
import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.validation.Finding;

/** The wording reports share, so 總表, office sheets and review forms say the same thing the same way. */
final class ReportTexts {

	/** How 完成率 is counted, printed wherever a rate is. */
	static final String RATE_DEFINITION = "完成率＝（已完成＋持續辦理）÷（項目數－不適用）";

	static final String NOT_SUBMITTED = "本季未繳";

	private ReportTexts() {
	}

	/** 107年第2季執行成果報告（107年1月至6月） */
	static String reportName(ReportingPeriod period) {
		return period.label() + "執行成果報告（" + period.coverage() + "）";
	}

	/** Seed 002: the consolidated 執行成果報告 is forwarded as 附件一, the review forms as 附件二. */
	static final String ANNEX_REPORT = "附件一";

	static final String ANNEX_REVIEW = "附件二";

	/**
	 * The page header's right side on every sheet: the moment the figures were taken (a rerun {@code --as-of}
	 * the same moment gives the same figures) and when this copy was actually written.
	 */
	static String generated(SupervisorReport report, LocalDateTime writtenAt) {
		return "資料截至：" + dateTime(report.generatedAt()) + "　產製時間：" + dateTime(writtenAt);
	}

	static String dateTime(LocalDateTime time) {
		return time == null ? "" : RocDates.dateTime(time);
	}

	static String date(LocalDate date) {
		return date == null ? "" : RocDates.date(date);
	}

	/** 2天3小時, 5小時20分, 45分; blank when not late. Seconds are dropped: nobody is chased for them. */
	static String lateness(Duration late) {
		if (late == null || late.isNegative() || late.isZero()) {
			return "";
		}
		long days = late.toDays();
		int hours = late.toHoursPart();
		int minutes = late.toMinutesPart();
		if (days > 0) {
			return days + "天" + (hours > 0 ? hours + "小時" : "");
		}
		if (hours > 0) {
			return hours + "小時" + (minutes > 0 ? minutes + "分" : "");
		}
		return minutes > 0 ? minutes + "分" : "未滿1分";
	}

	/** For an office that sent nothing: how far past its deadline it is when the report is taken. */
	static String overdueSince(LocalDateTime deadline, LocalDateTime now) {
		if (deadline == null || now == null || !now.isAfter(deadline)) {
			return "";
		}
		return "已逾 " + lateness(Duration.between(deadline, now)) + "（至產製時）";
	}

	static String quantity(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	/** 繳交狀態 with its detail: 逾期（2天3小時）. */
	static String state(OfficeLine office) {
		String late = lateness(office.late());
		return office.state() == SubmissionState.LATE && !late.isEmpty() ? office.state().label() + "（" + late + "）"
				: office.state().label();
	}

	/** 已完成 2、持續辦理 3: the statuses that occur, in the drop-down's order. */
	static String statusCounts(List<ItemReport> items) {
		StringJoiner text = new StringJoiner("、");
		for (ItemStatus status : ItemStatus.values()) {
			long count = items.stream()
				.filter(i -> i.reported() != null && i.reported().status() == status)
				.count();
			if (count > 0) {
				text.add(status.label() + " " + count);
			}
		}
		return text.toString();
	}

	/** The 檢核 column: each kind of warning once, in a word or two; the receipt has the long form. */
	static String briefWarnings(List<Finding> warnings) {
		Set<String> words = new LinkedHashSet<>();
		for (Finding warning : warnings) {
			words.add(brief(warning));
		}
		return String.join("、", words);
	}

	private static String brief(Finding warning) {
		switch (warning.rule()) {
			case BEHIND_PACE:
				return "落後進度";
			case BELOW_ANNUAL_TARGET:
				return "未達年度目標";
			case DEADLINE_PASSED:
				return "逾完成期限";
			case SAME_AS_PREVIOUS:
				return "執行情形同上季";
			case NOT_APPLICABLE_WITHOUT_REASON:
				return "不適用未說明";
			case DESCRIPTION_MISSING:
				return "未填執行情形";
			default:
				return warning.message();
		}
	}

}
