package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;

class NotApplicableWithoutReasonRuleTests {

	private final NotApplicableWithoutReasonRule rule = new NotApplicableWithoutReasonRule();

	@Test
	void notApplicableWithAReasonOrAnyOtherStatusIsFine() {
		assertThat(rule.check(item(row(11, "1.1").status("不適用").remark("本分署無此業務")))).isEmpty();
		assertThat(rule.check(item(row(11, "1.1").status("執行中")))).isEmpty();
	}

	@Test
	void notApplicableWithoutAReasonIsAWarningAtTheRemark() {
		assertFinding(rule.check(item(row(11, "1.1").status("N/A"))), Rule.NOT_APPLICABLE_WITHOUT_REASON,
				Severity.WARNING, "進度回報!M11", "項次 1.1 填「不適用」但備註沒有說明原因");
	}

}
