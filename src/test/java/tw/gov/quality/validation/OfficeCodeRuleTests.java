package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.ProgressSheetLayout.OFFICE_CODE;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.sheet;

class OfficeCodeRuleTests {

	private final OfficeCodeRule rule = new OfficeCodeRule();

	@Test
	void theOfficesOwnCodeIsFine() {
		assertThat(rule.check(sheet().header())).isEmpty();
		assertThat(rule.check(sheet().metadata(OFFICE_CODE, "aea-txg").header())).as("letter case").isEmpty();
	}

	@Test
	void aBlankCodeIsMissingAndTheFixNamesTheOffice() {
		var finding = rule.check(sheet().metadata(OFFICE_CODE, "").header());
		assertFinding(finding, Rule.OFFICE_MISSING, Severity.ERROR, "進度回報!B2", "找不到「機關代碼」");
		assertThat(finding.get().fix()).contains("AEA-TXG");
	}

	@Test
	void aHeaderWithoutTheLabelPointsAtTheSheet() {
		assertFinding(rule.check(sheet().without(OFFICE_CODE).header()), Rule.OFFICE_MISSING, Severity.ERROR, "進度回報",
				"找不到「機關代碼」");
	}

	@Test
	void anotherOfficesCodeIsAMismatch() {
		var finding = rule.check(sheet().metadata(OFFICE_CODE, "AEA-TPE").header());
		assertFinding(finding, Rule.OFFICE_MISMATCH, Severity.ERROR, "進度回報!B2", "機關代碼是「AEA-TPE」，但檔案放在 AEA-TXG");
	}

}
