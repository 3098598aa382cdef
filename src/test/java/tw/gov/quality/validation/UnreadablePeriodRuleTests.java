package tw.gov.quality.validation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.ProgressSheetLayout.QUARTER;
import static tw.gov.quality.progress.ProgressSheetLayout.YEAR;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.sheet;

class UnreadablePeriodRuleTests {

	@Test
	void yearsAndQuartersInTheFormsPeopleTypeAreFine() {
		SheetHeader header = sheet().metadata(YEAR, "民國104年").metadata(QUARTER, "第２季").header();
		assertThat(UnreadablePeriodRule.YEAR.check(header)).isEmpty();
		assertThat(UnreadablePeriodRule.QUARTER.check(header)).isEmpty();
	}

	@Test
	void anUnreadableYearIsQuotedBack() {
		assertFinding(UnreadablePeriodRule.YEAR.check(sheet().metadata(YEAR, "明年").header()), Rule.YEAR_UNREADABLE,
				Severity.ERROR, "進度回報!B4", "計畫年度「明年」無法辨識");
	}

	@Test
	void anUnreadableQuarterIsQuotedBack() {
		assertFinding(UnreadablePeriodRule.QUARTER.check(sheet().metadata(QUARTER, "第五季").header()),
				Rule.QUARTER_UNREADABLE, Severity.ERROR, "進度回報!B5", "季別「第五季」無法辨識");
	}

	@Test
	void aMissingLabelPointsAtTheSheet() {
		assertFinding(UnreadablePeriodRule.QUARTER.check(sheet().without(QUARTER).header()), Rule.QUARTER_UNREADABLE,
				Severity.ERROR, "進度回報", "季別「」無法辨識");
	}

}
