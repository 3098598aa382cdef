package tw.gov.quality.progress;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tw.gov.quality.spreadsheet.SheetCell;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.progress.Fields.*;

class ReportDatesTests {

	private static final LocalDate MARCH_5 = LocalDate.of(2018, 3, 5);

	@ParameterizedTest
	@ValueSource(strings = { "107/3/5", "107/03/05", "107.03.05", "107.3.5", "107-3-5", "107－3－5", "107年3月5日",
			"107年03月05日", "107年3月5", "民國107年3月5日", "中華民國107年3月5日", "民國107/3/5", "107 / 3 / 5",
			"107 年 3 月 5 日", "１０７／３／５", "１０７年３月５日", "１０７．０３．０５", "2018-03-05", "2018/3/5", "2018.3.5",
			"2018年3月5日", "２０１８－０３－０５", "1070305", "20180305", "107/3/5(一)", "107年3月5日（星期一）",
			"2018-03-05(週一)", " 107/3/5 ", "107/3/5\n" })
	void readsDatesTypedAsText(String text) {
		assertThat(ReportDates.parse(text(text))).contains(MARCH_5);
	}

	@Test
	void readsTwoDigitRocYears() {
		assertThat(ReportDates.parse(text("99/12/31"))).contains(LocalDate.of(2010, 12, 31));
		assertThat(ReportDates.parse(text("099/12/31"))).contains(LocalDate.of(2010, 12, 31));
	}

	@Test
	void readsDateCells() {
		assertThat(ReportDates.parse(date("2018-03-05"))).contains(MARCH_5);
		assertThat(ReportDates.parse(date("2018-03-05T10:15"))).contains(MARCH_5);
	}

	@Test
	void readsCompactNumbers() {
		assertThat(ReportDates.parse(number("1070305"))).contains(MARCH_5);
		assertThat(ReportDates.parse(number("20180305"))).contains(MARCH_5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "107/2/30", "107/13/1", "107/0/5", "107/3/0", "107/2/29", "2018-02-29", "1070230",
			"20181305" })
	void refusesDatesThatDoNotExist(String text) {
		assertThat(ReportDates.parse(text(text))).isEmpty();
	}

	@Test
	void acceptsLeapDays() {
		assertThat(ReportDates.parse(text("109/2/29"))).contains(LocalDate.of(2020, 2, 29));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "3/5", "3月5日", "107年3月", "107/3", "3/5/2018", "05/03/2018", "107/3-5", "107.3/5",
			"民國2018年3月5日", "1911/3/5", "0/3/5", "00/3/5", "107/3/5 10:00", "2018-03-05T10:15", "107/3/5(二)",
			"107/3/5(星期八)", "上週", "107年3月初", "約107/3/5", "107/3/5前", "1073/5", "107035", "10703050", "已完成" })
	void refusesWhatIsNotADate(String text) {
		assertThat(ReportDates.parse(text(text))).isEmpty();
	}

	@Test
	void refusesNumbersThatAreNotCompactDates() {
		// A serial day number in a General cell is not a date a person wrote.
		assertThat(ReportDates.parse(number("43164"))).isEmpty();
		assertThat(ReportDates.parse(number("107.0305"))).isEmpty();
	}

	@Test
	void refusesOtherKinds() {
		assertThat(ReportDates.parse(Fields.of(SheetCell.Kind.BOOLEAN, "TRUE"))).isEmpty();
		assertThat(ReportDates.parse(Fields.of(SheetCell.Kind.ERROR, "#VALUE!"))).isEmpty();
		assertThat(ReportDates.parse(date("not a date"))).isEmpty();
		assertThat(ReportDates.parse(null)).isEmpty();
	}

}
