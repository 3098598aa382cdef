package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;

class CompletedOnRuleTests {

	private final CompletedOnRule rule = new CompletedOnRule();

	@Test
	void aDateInThePlanYearOrNoDateIsFine() {
		assertThat(rule.check(item(row(11, "1.1").completedOn("104/3/5")))).isEmpty();
		assertThat(rule.check(item(row(11, "1.1").completedOn("2015-03-05")))).isEmpty();
		assertThat(rule.check(item(row(11, "1.1")))).isEmpty();
	}

	@Test
	void anUnreadableDateIsQuotedBackWithExamplesForThePlanYear() {
		var finding = rule.check(item(row(12, "1.1").completedOn("上週")));
		assertFinding(finding, Rule.DATE_UNREADABLE, Severity.ERROR, "進度回報!K12", "項次 1.1 的完成日期「上週」無法辨識");
		assertThat(finding.get().fix()).contains("104/3/5 或 2015-03-05");
	}

	@Test
	void aDateOutsideThePlanYearIsRefused() {
		assertFinding(rule.check(item(row(14, "1.1").completedOn("103/12/31"))), Rule.DATE_OUTSIDE_YEAR, Severity.ERROR,
				"進度回報!K14", "完成日期 103/12/31 不在計畫年度（104 年）內");
	}

}
