package tw.gov.quality.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RocDatesTests {

	@Test
	void datesAreWrittenAsTheDocumentsWriteThem() {
		assertThat(RocDates.date(LocalDate.of(2018, 7, 5))).isEqualTo("107年7月5日");
		assertThat(RocDates.slashed(LocalDate.of(2025, 12, 31))).isEqualTo("114/12/31");
	}

	@Test
	void timesOfDayAreTwoDigitsEach() {
		assertThat(RocDates.dateTime(LocalDateTime.of(2018, 7, 5, 4, 3, 2))).isEqualTo("107年7月5日 04:03:02");
		assertThat(RocDates.dateTime(LocalDateTime.of(2025, 12, 31, 23, 59, 59))).isEqualTo("114年12月31日 23:59:59");
		assertThat(RocDates.dateTime(LocalDateTime.of(2026, 1, 1, 0, 0))).isEqualTo("115年1月1日 00:00:00");
	}

}
