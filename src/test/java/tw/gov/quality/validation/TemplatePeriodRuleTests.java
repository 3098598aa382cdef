package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.ProgressSheetLayout.QUARTER;
import static tw.gov.quality.progress.ProgressSheetLayout.YEAR;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.sheet;

class TemplatePeriodRuleTests {

	@Test
	void thePeriodTheTemplateWasMadeForIsFine() {
		SheetHeader header = sheet().metadata(QUARTER, "第二季").header();
		assertThat(TemplatePeriodRule.YEAR.check(header)).isEmpty();
		assertThat(TemplatePeriodRule.QUARTER.check(header)).isEmpty();
	}

	@Test
	void anotherQuarterIsRefused() {
		var finding = TemplatePeriodRule.QUARTER.check(sheet().metadata(QUARTER, "第３季").header());
		assertFinding(finding, Rule.IDENTITY_MISMATCH, Severity.ERROR, "進度回報!B5", "這份範本是第 2 季的，但表上的季別寫 3");
		assertThat(finding.get().fix()).isEqualTo("請將季別改回 2，或改用第 3 季的範本");
	}

	@Test
	void anotherYearIsRefused() {
		var finding = TemplatePeriodRule.YEAR.check(sheet().metadata(YEAR, "105").header());
		assertFinding(finding, Rule.IDENTITY_MISMATCH, Severity.ERROR, "進度回報!B4", "這份範本是 104 年度的，但表上的計畫年度寫 105");
		assertThat(finding.get().fix()).isEqualTo("請將計畫年度改回 104，或改用 105 年度的範本");
	}

	@Test
	void nothingIsComparedUntilBothYearAndQuarterCanBeRead() {
		SheetHeader header = sheet().metadata(YEAR, "105").metadata(QUARTER, "第五季").header();
		assertThat(TemplatePeriodRule.YEAR.check(header)).isEmpty();
	}

	@Test
	void aSheetWithoutItsIdentityIsNotCompared() {
		assertThat(TemplatePeriodRule.YEAR.check(sheet().withoutIdentity().metadata(YEAR, "105").header())).isEmpty();
	}

}
