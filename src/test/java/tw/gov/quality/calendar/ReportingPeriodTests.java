package tw.gov.quality.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingPeriodTests {

	@ParameterizedTest
	@CsvSource({ "107, 107", "107年, 107", "民國107年, 107", "2018, 107", "１０７, 107", "96, 96", "２００７, 96",
			"' 104 ', 104", "104年度, 104" })
	void yearsInRocOrAd(String text, int rocYear) {
		assertThat(RocYear.parse(text)).hasValue(rocYear);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "一百零七", "107.5", "-107", "99999" })
	void yearsThatAreNotYears(String text) {
		assertThat(RocYear.parse(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "2, 2", "第2季, 2", "Q2, 2", "q3, 3", "第二季, 2", "第四季, 4", "２, 2", "第１季, 1" })
	void quartersAsPeopleTypeThem(String text, int quarter) {
		assertThat(ReportingPeriod.parseQuarter(text)).hasValue(quarter);
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "5", "第五季", "上半年", "" })
	void quartersThatDoNotExist(String text) {
		assertThat(ReportingPeriod.parseQuarter(text)).isEmpty();
	}

	@Test
	void eachQuarterCoversTheYearToDate() {
		ReportingPeriod second = new ReportingPeriod(107, 2);
		assertThat(second.firstDay()).isEqualTo(LocalDate.of(2018, 1, 1));
		assertThat(second.lastDay()).isEqualTo(LocalDate.of(2018, 6, 30));
		assertThat(second.coverage()).isEqualTo("107年1月至6月");
		assertThat(second.label()).isEqualTo("107年第2季");
		assertThat(new ReportingPeriod(107, 4).lastDay()).isEqualTo(LocalDate.of(2018, 12, 31));
		assertThat(second.previous()).contains(new ReportingPeriod(107, 1));
		assertThat(new ReportingPeriod(107, 1).previous()).isEmpty();
	}

	@Test
	void aFifthQuarterIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ReportingPeriod(107, 5)).withMessageContaining("季別");
	}

}
