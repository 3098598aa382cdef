package tw.gov.quality.validation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.gov.quality.plan.Plan;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.plan;
import static tw.gov.quality.validation.TestSheets.row;
import static tw.gov.quality.validation.TestSheets.sheet;

class MissingItemRuleTests {

	private final MissingItemRule rule = new MissingItemRule();

	private final Plan plan = plan(item("1.1"), item("1.2"));

	private final SheetContext context = sheet().row(row(11, "1.1")).context(plan, TestSheets.Q2, Map.of());

	@Test
	void anItemWithARowIsFine() {
		assertThat(rule.check(context, plan.items().get(0))).isEmpty();
	}

	@Test
	void anItemWithoutARowIsNamedWithTheStartOfItsAction() {
		var finding = rule.check(context, plan.items().get(1));
		assertFinding(finding, Rule.ITEM_MISSING, Severity.ERROR, "進度回報", "缺少項次 1.2（辦理櫃台環境改善，提供民眾舒適洽公空間並定期檢討…）");
		assertThat(finding.get().itemCode()).isEqualTo("1.2");
	}

}
