package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;
import static tw.gov.quality.validation.TestSheets.targeted;

/** As 1.6 of 臺中分署's 104 plan: at least 200 株 a year. */
class BelowAnnualTargetRuleTests {

	private final BelowAnnualTargetRule rule = new BelowAnnualTargetRule();

	private static ItemContext plants(int quarter, TestSheets.Row row) {
		return targeted(200, "株", quarter, row);
	}

	@Test
	void reachingTheTargetOrAnEarlierQuarterOrNotApplicableIsFine() {
		assertThat(rule.check(plants(4, row(16, "1.6").status("已完成").cumulative("200")))).isEmpty();
		assertThat(rule.check(plants(2, row(16, "1.6").status("執行中").cumulative("150")))).isEmpty();
		assertThat(rule.check(plants(4, row(16, "1.6").status("不適用")))).isEmpty();
		assertThat(rule.check(item(row(16, "1.1").status("執行中")))).as("no target").isEmpty();
	}

	@Test
	void theFourthQuarterBelowTheYearsTargetIsAWarning() {
		assertFinding(rule.check(plants(4, row(16, "1.6").status("執行中").cumulative("150"))), Rule.BELOW_ANNUAL_TARGET,
				Severity.WARNING, "進度回報!J16", "項次 1.6 全年累計 150株，未達年度目標 200株");
	}

	@Test
	void noFigureCountsAsNothingDone() {
		assertFinding(rule.check(plants(4, row(16, "1.6").status("執行中"))), Rule.BELOW_ANNUAL_TARGET, Severity.WARNING,
				"進度回報!J16", "全年累計 0株");
	}

}
