package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;
import static tw.gov.quality.validation.TestSheets.targeted;

/** As 1.3 of 臺中分署's 104 plan: 4 次 a year, so 2 by the end of the second quarter. */
class BehindPaceRuleTests {

	private final BehindPaceRule rule = new BehindPaceRule();

	private static ItemContext fourAYear(int quarter, TestSheets.Row row) {
		return targeted(4, "次", quarter, row);
	}

	@Test
	void onPaceOrTheFourthQuarterOrNotApplicableOrNoTargetIsFine() {
		assertThat(rule.check(fourAYear(2, row(13, "1.3").status("執行中").cumulative("2")))).isEmpty();
		assertThat(rule.check(fourAYear(4, row(13, "1.3").status("執行中").cumulative("1")))).as("the annual rule's")
			.isEmpty();
		assertThat(rule.check(fourAYear(2, row(13, "1.3").status("不適用")))).isEmpty();
		assertThat(rule.check(item(row(13, "1.1").status("執行中")))).isEmpty();
	}

	@Test
	void behindThePaceOfTheTargetIsAWarning() {
		assertFinding(rule.check(fourAYear(2, row(13, "1.3").status("執行中").cumulative("1"))), Rule.BEHIND_PACE,
				Severity.WARNING, "進度回報!J13", "項次 1.3 累計 1次，落後進度（年度目標 4次，至第 2 季應達 2次）");
	}

}
