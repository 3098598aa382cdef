package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;

class QuantityRuleTests {

	private final QuantityRule rule = new QuantityRule();

	@Test
	void aNumberOrNothingIsFine() {
		assertThat(rule.check(item(row(11, "1.1").cumulative("3")))).isEmpty();
		assertThat(rule.check(item(row(11, "1.1")))).isEmpty();
	}

	@Test
	void textThatIsNotANumberIsQuotedBack() {
		assertFinding(rule.check(item(row(13, "1.1").cumulative("約10"))), Rule.QUANTITY_UNREADABLE, Severity.ERROR,
				"進度回報!J13", "項次 1.1 的累計辦理數量「約10」不是數字");
	}

	@Test
	void aNegativeFigureIsRefused() {
		assertFinding(rule.check(item(row(11, "1.1").cumulative("-2"))), Rule.QUANTITY_UNREADABLE, Severity.ERROR,
				"進度回報!J11", "「-2」不是數字");
	}

}
