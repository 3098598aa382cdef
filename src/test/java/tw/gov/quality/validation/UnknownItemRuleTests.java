package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import tw.gov.quality.plan.Plan;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.plan;
import static tw.gov.quality.validation.TestSheets.row;
import static tw.gov.quality.validation.TestSheets.sheet;

class UnknownItemRuleTests {

	private final UnknownItemRule rule = new UnknownItemRule();

	private final Plan plan = plan(item("1.1"));

	@Test
	void aPlanItemIsFineAndAnUnreadableCodeIsLeftToItsOwnRule() {
		assertThat(rule.check(sheet().row(row(11, "1.1")).rowContext(plan, 0))).isEmpty();
		assertThat(rule.check(sheet().row(row(11, "甲")).rowContext(plan, 0))).isEmpty();
	}

	@Test
	void aCodeOutsideThePlanIsRefused() {
		var finding = rule.check(sheet().row(row(12, "9.9")).rowContext(plan, 0));
		assertFinding(finding, Rule.ITEM_UNKNOWN, Severity.ERROR, "進度回報!A12", "項次 9.9 不在貴機關 104 年度執行計畫中");
		assertThat(finding.get().itemCode()).isEqualTo("9.9");
	}

}
