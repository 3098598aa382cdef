package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.ProgressSheetLayout.ID_OFFICE_CODE;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.sheet;

class TemplateOfficeRuleTests {

	private final TemplateOfficeRule rule = new TemplateOfficeRule();

	@Test
	void theOfficesOwnTemplateOrNoIdentityAtAllIsFine() {
		assertThat(rule.check(sheet().header())).isEmpty();
		assertThat(rule.check(sheet().withoutIdentity().header())).isEmpty();
	}

	@Test
	void anotherOfficesTemplateIsRefused() {
		var finding = rule.check(sheet().identity(ID_OFFICE_CODE, "AEA-TPE").header());
		assertFinding(finding, Rule.IDENTITY_MISMATCH, Severity.ERROR, "_identity!B1", "系統產生給 AEA-TPE 的，不能用來回報 AEA-TXG");
		assertThat(finding.get().fix()).contains("（AEA-TXG）自己的範本");
	}

}
