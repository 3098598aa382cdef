package tw.gov.quality.validation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tw.gov.quality.progress.ItemStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.validation.TestSheets.assertFinding;
import static tw.gov.quality.validation.TestSheets.item;
import static tw.gov.quality.validation.TestSheets.row;

class SameAsPreviousRuleTests {

	private final SameAsPreviousRule rule = new SameAsPreviousRule();

	private static ItemContext afterFirstQuarter(TestSheets.Row row) {
		ReportedItem first = new ReportedItem("1.1", ItemStatus.IN_PROGRESS, null, null, "辦理櫃台環境改善。", null);
		return item(item("1.1"), TestSheets.Q2, Map.of("1.1", first), row);
	}

	@Test
	void newTextOrNoTextOrNoEarlierQuarterIsFine() {
		assertThat(rule.check(afterFirstQuarter(row(11, "1.1").description("完成櫃台座椅更新。")))).isEmpty();
		assertThat(rule.check(afterFirstQuarter(row(11, "1.1")))).isEmpty();
		assertThat(rule.check(item(row(11, "1.1").description("辦理櫃台環境改善。")))).isEmpty();
	}

	@Test
	void lastQuartersTextCopiedOverIsAWarning() {
		assertFinding(rule.check(afterFirstQuarter(row(11, "1.1").description("辦理櫃台環境改善。 "))),
				Rule.SAME_AS_PREVIOUS, Severity.WARNING, "進度回報!L11", "項次 1.1 的執行情形與上季完全相同");
	}

}
