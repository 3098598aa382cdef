package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;

class CompletedWithoutDateRuleTests {

	private final CompletedWithoutDateRule rule = new CompletedWithoutDateRule();

	@Test
	void completedWithADateOrNotCompletedIsFine() {
		assertThat(rule.check(item(row(11, "1.1").status("已完成").completedOn("104/3/5")))).isEmpty();
		assertThat(rule.check(item(row(11, "1.1").status("已完成").completedOn("上週")))).as("left to the date rule")
			.isEmpty();
		assertThat(rule.check(item(row(11, "1.1").status("執行中")))).isEmpty();
	}

	@Test
	void completedWithoutADateIsRefusedWhereTheDateBelongs() {
		assertFinding(rule.check(item(row(11, "1.1").status("完成"))), Rule.COMPLETED_WITHOUT_DATE, Severity.ERROR,
				"進度回報!K11", "項次 1.1 已完成，但沒有填完成日期");
	}

}
