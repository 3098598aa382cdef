package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import tw.gov.quality.plan.Plan;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.plan;
import static tw.gov.quality.validation.TestSheets.row;
import static tw.gov.quality.validation.TestSheets.sheet;

class ItemCodeRuleTests {

	private final ItemCodeRule rule = new ItemCodeRule();

	private final Plan plan = plan(item("1.1"));

	@Test
	void aReadableCodeIsFineEvenOutsideThePlan() {
		assertThat(rule.check(sheet().row(row(11, "1.1")).rowContext(plan, 0))).isEmpty();
		assertThat(rule.check(sheet().row(row(11, "9.9")).rowContext(plan, 0))).isEmpty();
	}

	@Test
	void anUnreadableCodeIsQuotedBack() {
		assertFinding(rule.check(sheet().row(row(11, "甲")).rowContext(plan, 0)), Rule.ITEM_CODE_UNREADABLE,
				Severity.ERROR, "進度回報!A11", "項次「甲」無法辨識");
	}

	@Test
	void aRowWithContentButNoCodeIsRefused() {
		RowContext row = sheet().row(row(13).status("已完成")).rowContext(plan, 0);
		assertFinding(rule.check(row), Rule.ITEM_CODE_UNREADABLE, Severity.ERROR, "進度回報!A13", "這一列有填報內容，但「項次」空白");
	}

}
