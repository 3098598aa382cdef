package tw.gov.quality.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines: the default, a holiday override, an extension, and the year-end quarter. */
@IntegrationTest
class OfficeDeadlinesTests {

	private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noExtensions() {
		jdbc.sql("DELETE FROM deadline_extension").update();
	}

	private OfficeDeadlines deadlines(CalendarProperties.Override... overrides) {
		return new OfficeDeadlines(new CalendarProperties(TAIPEI, 10, LocalTime.of(23, 59, 59), 20, List.of(overrides)),
				jdbc);
	}

	@Test
	void officesSubmitByTheTenthOfTheMonthAfterTheQuarter() {
		OfficeDeadlines deadlines = deadlines();
		assertThat(deadlines.deadline("AEA-TPE", new ReportingPeriod(107, 2))).isEqualTo(LocalDateTime.of(2018, 7, 10, 23, 59, 59));
		assertThat(deadlines.onTime("AEA-TPE", new ReportingPeriod(107, 2), LocalDateTime.of(2018, 7, 10, 23, 59, 59))).isTrue();
		assertThat(deadlines.onTime("AEA-TPE", new ReportingPeriod(107, 2), LocalDateTime.of(2018, 7, 11, 0, 0, 0))).isFalse();
	}

	@Test
	void theYearEndQuarterIsDueInTheNextYear() {
		assertThat(deadlines().deadline("AEA-TPE", new ReportingPeriod(107, 4))).isEqualTo(LocalDateTime.of(2019, 1, 10, 23, 59, 59));
		assertThat(deadlines().supervisorDeadline(new ReportingPeriod(107, 4))).isEqualTo(LocalDateTime.of(2019, 1, 20, 23, 59, 59));
	}

	@Test
	void supervisorsForwardByTheTwentiethAsSeed002Says() {
		assertThat(deadlines().supervisorDeadline(new ReportingPeriod(104, 1))).isEqualTo(LocalDateTime.of(2015, 4, 20, 23, 59, 59));
		assertThat(deadlines().supervisorDeadline(new ReportingPeriod(104, 3))).isEqualTo(LocalDateTime.of(2015, 10, 20, 23, 59, 59));
	}

	@Test
	void aHolidayOverrideMovesTheDeadline() {
		OfficeDeadlines deadlines = deadlines(new CalendarProperties.Override(107, 1, LocalDateTime.of(2018, 4, 12, 23, 59, 59),
				null, "清明連假順延"));
		assertThat(deadlines.deadline("AEA-TPE", new ReportingPeriod(107, 1))).isEqualTo(LocalDateTime.of(2018, 4, 12, 23, 59, 59));
		assertThat(deadlines.deadline("AEA-TPE", new ReportingPeriod(107, 2))).isEqualTo(LocalDateTime.of(2018, 7, 10, 23, 59, 59));
	}

	@Test
	void anExtensionAppliesToOneOfficeAndQuarterAndIsRecorded() {
		OfficeDeadlines deadlines = deadlines();
		ReportingPeriod q2 = new ReportingPeriod(107, 2);
		deadlines.grant(new OfficeDeadlines.Extension("AEA-TPE", q2, LocalDateTime.of(2018, 7, 20, 17, 0), "系統故障",
				"admin", LocalDateTime.of(2018, 7, 9, 10, 0)));

		assertThat(deadlines.deadline("AEA-TPE", q2)).isEqualTo(LocalDateTime.of(2018, 7, 20, 17, 0));
		assertThat(deadlines.deadline("AEA-SHL", q2)).isEqualTo(LocalDateTime.of(2018, 7, 10, 23, 59, 59));
		assertThat(deadlines.deadline("AEA-TPE", new ReportingPeriod(107, 3))).isEqualTo(LocalDateTime.of(2018, 10, 10, 23, 59, 59));
		assertThat(deadlines.extension("AEA-TPE", q2)).hasValueSatisfying(extension -> {
			assertThat(extension.reason()).isEqualTo("系統故障");
			assertThat(extension.grantedBy()).isEqualTo("admin");
		});
	}

	@Test
	void filesAreArchivedUnderTheQuarterBeingReportedWhenTheyArrive() {
		assertThat(OfficeDeadlines.reportingPeriodAt(LocalDate.of(2018, 7, 5))).isEqualTo(new ReportingPeriod(107, 2));
		assertThat(OfficeDeadlines.reportingPeriodAt(LocalDate.of(2019, 1, 8))).isEqualTo(new ReportingPeriod(107, 4));
		assertThat(OfficeDeadlines.reportingPeriodAt(LocalDate.of(2018, 4, 1))).isEqualTo(new ReportingPeriod(107, 1));
	}

}
