package tw.gov.quality.spreadsheet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.date;
import static tw.gov.quality.spreadsheet.RecordingRowHandler.text;

class SpreadsheetDatesTests {

	/** 10:15 on 2018-03-05, as a serial number counted from 1900. */
	private static final double MOMENT = 43164 + (10 * 60 + 15) / 1440.0;

	private static final double TIME = MOMENT - 43164;

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "hh:mm|10:15", "h:mm:ss|10:15:00", "h:mm AM/PM|10:15 AM", "mm:ss|15:00",
			"[Red]hh:mm|10:15", "hh:mm;@|10:15" })
	void timeOfDayFormatsGiveTheTextShown(String format, String shown) {
		assertThat(fromSerial(TIME, format)).isEqualTo(text(0, shown));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "[h]:mm|1.5|36:00", "[mm]:ss|0.5|720:00", "[h]:mm|0|0:00" })
	void durationsGiveTheTextShownWhateverTheirLength(String format, double days, String shown) {
		assertThat(fromSerial(days, format)).isEqualTo(text(0, shown));
	}

	@ParameterizedTest
	@ValueSource(strings = { "yyyy-mm-dd hh:mm", "m/d/yy h:mm", "[$-404]yyyy/m/d hh:mm", "mmm d, h:mm",
			"ddd hh:mm", "yyyy\"年\"m\"月\"d\"日\" hh:mm" })
	void formatsWithACalendarPartGiveADate(String format) {
		assertThat(fromSerial(MOMENT, format)).isEqualTo(date(0, "2018-03-05T10:15"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "mm", "mmm", "m/d" })
	void aLoneMIsAMonth(String format) {
		assertThat(fromSerial(MOMENT, format)).isEqualTo(date(0, "2018-03-05T10:15"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "hh:mm", "h:mm:ss" })
	void aTimeFormatOnADateAndTimeStillGivesTheDate(String format) {
		assertThat(fromSerial(MOMENT, format)).isEqualTo(date(0, "2018-03-05T10:15"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.00", "General", "#,##0", "@" })
	void otherFormatsAreNoDates(String format) {
		assertThat(fromSerial(MOMENT, format)).isNull();
	}

	private static SheetCell fromSerial(double number, String format) {
		return SpreadsheetDates.fromSerial(0, number, 200, format, false, SpreadsheetDates.timeFormatter());
	}

}
