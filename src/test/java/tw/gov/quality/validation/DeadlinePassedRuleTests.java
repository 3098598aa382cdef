package tw.gov.quality.validation;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Deadline;
import tw.gov.quality.plan.Frequency;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;

class DeadlinePassedRuleTests {

	private final DeadlinePassedRule rule = new DeadlinePassedRule();

	private static final ReportingPeriod Q2_96 = new ReportingPeriod(96, 2);

	private static ItemContext due(Deadline deadline, TestSheets.Row row) {
		return item(item("1.1.1", null, deadline), Q2_96, Map.of(), row);
	}

	private static Deadline february() {
		return new Deadline.Fixed("９６年２月", LocalDate.of(2007, 2, 28));
	}

	@Test
	void doneNotApplicableNotYetDueOrRecurringIsFine() {
		assertThat(rule.check(due(february(), row(11, "1.1.1").status("已完成")))).isEmpty();
		assertThat(rule.check(due(february(), row(11, "1.1.1").status("不適用")))).isEmpty();
		assertThat(rule.check(due(new Deadline.Fixed("96年12月", LocalDate.of(2007, 12, 31)),
				row(11, "1.1.1").status("執行中"))))
			.isEmpty();
		assertThat(rule.check(due(new Deadline.Recurring("每季", Frequency.QUARTERLY), row(11, "1.1.1").status("執行中"))))
			.isEmpty();
	}

	@Test
	void aPassedDeadlineNotCompletedIsAWarningAtTheStatus() {
		var finding = rule.check(due(february(), row(11, "1.1.1").status("辦理中")));
		assertFinding(finding, Rule.DEADLINE_PASSED, Severity.WARNING, "進度回報!I11", "已過");
		assertThat(finding.get().message()).isEqualTo("項次 1.1.1 的完成期限「９６年２月」已過，但執行狀態為「執行中」");
	}

}
