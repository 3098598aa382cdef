package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.plan;
import static tw.gov.quality.validation.TestSheets.row;
import static tw.gov.quality.validation.TestSheets.sheet;

class DuplicatedItemRuleTests {

	private final DuplicatedItemRule rule = new DuplicatedItemRule();

	private final TestSheets sheet = sheet().row(row(11, "1.1")).row(row(12, "1.3")).row(row(14, "1-3"));

	@Test
	void theFirstRowOfAnItemIsFine() {
		assertThat(rule.check(sheet.rowContext(plan(item("1.1"), item("1.3")), 0))).isEmpty();
		assertThat(rule.check(sheet.rowContext(plan(item("1.1"), item("1.3")), 1))).isEmpty();
	}

	@Test
	void aLaterRowWithTheSameCodeInAnotherFormIsRefused() {
		var finding = rule.check(sheet.rowContext(plan(item("1.1"), item("1.3")), 2));
		assertFinding(finding, Rule.ITEM_DUPLICATED, Severity.ERROR, "進度回報!A14", "項次 1.3 重複出現（第 12 列與第 14 列）");
	}

	@Test
	void codesOutsideThePlanAreLeftToTheirOwnRule() {
		assertThat(rule.check(sheet.rowContext(plan(item("1.1")), 2))).isEmpty();
	}

}
