package tw.gov.quality.validation;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import tw.gov.quality.calendar.ReportingPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.plan;
import static tw.gov.quality.validation.TestSheets.sheet;

class NoPlanRuleTests {

	private final NoPlanRule rule = new NoPlanRule();

	@Test
	void aYearWithAPlanIsFine() {
		assertThat(rule.check(sheet().header(), TestSheets.Q2, Optional.of(plan()))).isEmpty();
	}

	@Test
	void aYearWithoutAPlanIsRefusedAtTheYear() {
		assertFinding(rule.check(sheet().header(), new ReportingPeriod(110, 2), Optional.empty()), Rule.NO_PLAN,
				Severity.ERROR, "進度回報!B4", "系統中沒有貴機關 110 年度的執行計畫");
	}

}
