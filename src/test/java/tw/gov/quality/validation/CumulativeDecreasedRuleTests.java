package tw.gov.quality.validation;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.gov.quality.progress.ItemStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;

class CumulativeDecreasedRuleTests {

	private final CumulativeDecreasedRule rule = new CumulativeDecreasedRule();

	private static ItemContext afterThree(TestSheets.Row row) {
		ReportedItem first = new ReportedItem("1.1", ItemStatus.IN_PROGRESS, new BigDecimal("3"), null, "辦理講習", null);
		return item(item("1.1"), TestSheets.Q2, Map.of("1.1", first), row);
	}

	@Test
	void theSameOrAHigherFigureIsFine() {
		assertThat(rule.check(afterThree(row(11, "1.1").cumulative("3")))).isEmpty();
		assertThat(rule.check(afterThree(row(11, "1.1").cumulative("5")))).isEmpty();
	}

	@Test
	void withoutAnEarlierFigureThereIsNothingToCompare() {
		assertThat(rule.check(item(row(11, "1.1").cumulative("1")))).isEmpty();
		assertThat(rule.check(afterThree(row(11, "1.1")))).isEmpty();
	}

	@Test
	void aLowerFigureThanLastQuartersIsRefused() {
		assertFinding(rule.check(afterThree(row(13, "1.1").cumulative("2"))), Rule.CUMULATIVE_DECREASED, Severity.ERROR,
				"進度回報!J13", "累計辦理數量 2 少於上季已報的 3");
	}

}
