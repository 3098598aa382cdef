package tw.gov.quality.progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import tw.gov.quality.spreadsheet.SheetCell;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.Fields.*;

class PeriodFieldsTests {

	@ParameterizedTest
	@ValueSource(strings = { "107", "107年", "107年度", "民國107年", "中華民國107年", "民國 107 年", "１０７", "民國１０７年", "2018",
			"２０１８", "2018年", " 107 ", "107\n", "　107　" })
	void readsYears(String text) {
		assertThat(PeriodFields.year(text(text))).hasValue(107);
	}

	@Test
	void readsYearNumberCells() {
		assertThat(PeriodFields.year(number("107"))).hasValue(107);
		assertThat(PeriodFields.year(number("2018"))).hasValue(107);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "一〇七", "107年第2季", "1O7", "107.5", "民國", "5", "12345", "1911", "107學年度", "約107" })
	void refusesWhatIsNotAYear(String text) {
		assertThat(PeriodFields.year(text(text))).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2       | 2
			２      | 2
			第2季   | 2
			第２季  | 2
			第 2 季 | 2
			Q2      | 2
			q2      | 2
			Ｑ２    | 2
			第二季  | 2
			第四季  | 4
			1       | 1
			2季     | 2
			第\\n2季 | 2
			""")
	void readsQuarters(String text, int quarter) {
		assertThat(PeriodFields.quarter(text(text.replace("\\n", "\n")))).contains(quarter);
	}

	@Test
	void readsQuarterNumberCells() {
		assertThat(PeriodFields.quarter(number("3"))).contains(3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "0", "5", "第五季", "Q5", "107年第2季", "第2季度", "2.5", "上半年", "Q2季Q" })
	void refusesWhatIsNotAQuarter(String text) {
		assertThat(PeriodFields.quarter(text(text))).isEmpty();
	}

	@Test
	void refusesOtherKinds() {
		assertThat(PeriodFields.year(date("2018-01-01"))).isEmpty();
		assertThat(PeriodFields.quarter(Fields.of(SheetCell.Kind.BOOLEAN, "TRUE"))).isEmpty();
		assertThat(PeriodFields.year(null)).isEmpty();
		assertThat(PeriodFields.quarter(null)).isEmpty();
	}

}
