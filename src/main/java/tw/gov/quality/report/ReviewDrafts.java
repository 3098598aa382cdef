package tw.gov.quality.report;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import tw.gov.quality.plan.Strategy;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Rule;

/** The findings a review form proposes; the reviewer keeps, edits or clears each one. */
final class ReviewDrafts {

	/** Warnings a reviewer is expected to comment on; the others stay on the 附件一 檢核 column. */
	static final Set<Rule> FLAGGED = Set.of(Rule.BEHIND_PACE, Rule.BELOW_ANNUAL_TARGET, Rule.DEADLINE_PASSED,
			Rule.DESCRIPTION_MISSING);

	private ReviewDrafts() {
	}

	static boolean flagged(ItemReport item) {
		return item.warnings().stream().anyMatch(w -> FLAGGED.contains(w.rule()));
	}

	/** 本要項 6 項：已完成 2、持續辦理 3、落後 1；完成率 83% */
	static String strategy(OfficeReport office, Strategy strategy, List<ItemReport> items) {
		StringBuilder text = new StringBuilder("本要項 ").append(items.size()).append(" 項：");
		if (!office.state().submitted()) {
			return text.append(ReportTexts.NOT_SUBMITTED).toString();
		}
		StringJoiner parts = new StringJoiner("、");
		String counts = ReportTexts.statusCounts(items);
		if (!counts.isEmpty()) {
			parts.add(counts);
		}
		long behind = items.stream().filter(ItemReport::behindPace).count();
		long overdue = items.stream().filter(ItemReport::overdue).count();
		if (behind > 0) {
			parts.add("落後 " + behind);
		}
		if (overdue > 0) {
			parts.add("逾期 " + overdue);
		}
		text.append(parts);
		Double rate = office.completionRate(strategy.number());
		if (rate != null) {
			text.append("；完成率 ").append(Math.round(rate * 100)).append('%');
		}
		return text.toString();
	}

	/** The item's flagged warnings, worded as the office's receipt worded them. */
	static String item(ItemReport item) {
		StringJoiner text = new StringJoiner("；", "", "。");
		for (Finding warning : item.warnings()) {
			if (FLAGGED.contains(warning.rule())) {
				text.add(warning.message());
			}
		}
		return text.toString();
	}

	/** The office-level finding, or {@code null} when the office was on time. */
	static String office(OfficeReport office, SupervisorReport report) {
		String deadline = office.deadline() == null ? "" : "（繳交期限 " + ReportTexts.dateTime(office.deadline()) + "）";
		switch (office.state()) {
			case LATE:
				return "逾期 " + ReportTexts.lateness(office.late()) + " 始繳交本季執行成果" + deadline + "。";
			case MISSING:
				return "本季未繳執行成果報告" + deadline + "，"
						+ orElse(ReportTexts.overdueSince(office.deadline(), report.generatedAt()), "已逾期") + "。";
			case REFUSED_UNCORRECTED:
				return "本季所送執行成果經退件，迄未補正" + deadline + "。";
			case PENDING:
				return "本季執行成果尚未繳交" + deadline + "。";
			default:
				return null;
		}
	}

	/** 綜合意見: the quarter in one sentence. */
	static String overall(OfficeReport office) {
		if (!office.state().submitted()) {
			return "本季" + office.state().label() + "，無執行成果可供審查。";
		}
		Double rate = office.completionRate();
		return "本季" + office.state().label() + "繳交；計畫項目 " + office.total() + " 項，完成率 "
				+ (rate == null ? "—" : Math.round(rate * 100) + "%") + "；落後進度 " + office.behindPace() + " 項、逾期 "
				+ office.overdue() + " 項。";
	}

	private static String orElse(String text, String fallback) {
		return text.isEmpty() ? fallback : text;
	}

}
