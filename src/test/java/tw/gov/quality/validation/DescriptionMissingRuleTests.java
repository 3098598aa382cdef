package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;

class DescriptionMissingRuleTests {

	private final DescriptionMissingRule rule = new DescriptionMissingRule();

	@Test
	void aDescriptionOrWorkNotStartedOrNotApplicableIsFine() {
		assertThat(rule.check(item(row(11, "1.1").status("執行中").description("辦理講習 2 場")))).isEmpty();
		assertThat(rule.check(item(row(11, "1.1").status("未開始")))).isEmpty();
		assertThat(rule.check(item(row(11, "1.1").status("不適用")))).isEmpty();
	}

	@Test
	void workUnderWayWithoutADescriptionIsAWarning() {
		assertFinding(rule.check(item(row(11, "1.1").status("持續辦理"))), Rule.DESCRIPTION_MISSING, Severity.WARNING,
				"進度回報!L11", "項次 1.1 的執行情形空白");
	}

}
