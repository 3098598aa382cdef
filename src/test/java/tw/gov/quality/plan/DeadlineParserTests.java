package tw.gov.quality.plan;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineParserTests {

	@ParameterizedTest
	@CsvSource({ "９６年２月, 2007-02-28", "９６年11月, 2007-11-30", "96年4月, 2007-04-30", "12月, 2018-12-31",
			"107年6月30日, 2018-06-30", "107年6月底前, 2018-06-30", "民國107年3月, 2018-03-31", "107/9/15, 2018-09-15",
			"１２月, 2018-12-31" })
	void fixedMonthsAndDatesAreDueAtTheirEnd(String text, LocalDate due) {
		Deadline deadline = DeadlineParser.parse(text, 107);
		assertThat(deadline).isEqualTo(new Deadline.Fixed(text, due));
	}

	@ParameterizedTest
	@CsvSource({ "每週辦理, WEEKLY", "每月辦理, MONTHLY", "按月辦理, MONTHLY", "按月定期實施, MONTHLY", "隔月辦理, BIMONTHLY",
			"每季, QUARTERLY", "每季辦理, QUARTERLY", "按季提報, QUARTERLY", "每半年, HALF_YEARLY", "每年辦理, YEARLY",
			"每 月 辦 理, MONTHLY" })
	void recurringFrequencies(String text, Frequency frequency) {
		assertThat(DeadlineParser.parse(text, 96)).isEqualTo(new Deadline.Recurring(text, frequency));
	}

	@ParameterizedTest
	@ValueSource(strings = { "經常辦理", "經常性辦理", "賡續辦理", "即時辦理", "持續辦理", "隨時辦理" })
	void continuousWork(String text) {
		assertThat(DeadlineParser.parse(text, 104)).isEqualTo(new Deadline.Continuous(text));
	}

	@Test
	void everyDeadlineInTheSeedPlansIsUnderstood() {
		// Each 完成期限 string that occurs in the five seed documents, as transcribed.
		String[] seen = { "12月", "即時辦理", "按月定期實施", "按月辦理", "每半年", "每季", "每季辦理", "每月辦理", "每週辦理", "經常性辦理",
				"經常辦理", "賡續辦理", "隔月辦理", "９６年11月", "９６年２月", "９６年３月", "９６年４月", "９６年５月", "９６年６月", "９６年８月",
				"９６年９月" };
		for (String text : seen) {
			assertThat(DeadlineParser.parse(text, 96)).as(text).isNotInstanceOf(Deadline.Unrecognized.class);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "96年13月", "107年2月30日", "視需要", "下半年", "=1+1", "<script>", "96年4月或5月", "0月",
			"年度內", "ABC", "9999999999年1月" })
	void unknownTextIsKeptVerbatimNeverGuessed(String text) {
		assertThat(DeadlineParser.parse(text, 96)).isEqualTo(new Deadline.Unrecognized(text));
	}

	@Test
	void blankMeansTheItemHasNoDeadline() {
		assertThat(DeadlineParser.parse("  ", 104)).isInstanceOf(Deadline.None.class);
		assertThat(DeadlineParser.parse(null, 104)).isInstanceOf(Deadline.None.class);
	}

	@Test
	void surroundingSpacesAreDroppedFromTheKeptText() {
		assertThat(DeadlineParser.parse(" 經常辦理 \n", 104).text()).isEqualTo("經常辦理");
	}

}
