package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;

class StatusRuleTests {

	private final StatusRule rule = new StatusRule();

	@Test
	void aDropDownValueOrASynonymIsFine() {
		assertThat(rule.check(item(row(11, "1.1").status("執行中")))).isEmpty();
		assertThat(rule.check(item(row(11, "1.1").status(" 賡續辦理 ")))).isEmpty();
	}

	@Test
	void aBlankStatusIsMissingAndTheFixListsTheChoices() {
		var finding = rule.check(item(row(11, "1.1").status(" ")));
		assertFinding(finding, Rule.STATUS_MISSING, Severity.ERROR, "進度回報!I11", "項次 1.1 的執行狀態空白");
		assertThat(finding.get().fix()).contains("已完成、執行中、持續辦理、未開始、不適用");
	}

	@Test
	void anUnreadableStatusIsQuotedBack() {
		var finding = rule.check(item(row(12, "1.1").status("差不多")));
		assertFinding(finding, Rule.STATUS_UNREADABLE, Severity.ERROR, "進度回報!I12", "項次 1.1 的執行狀態「差不多」無法辨識");
		assertThat(finding.get().fix()).startsWith("請改填：已完成、執行中");
	}

}
