package tw.gov.quality.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

/** When an office's quarterly sheet is due, and whether a file received at a given time was on time. */
@Component
public class OfficeDeadlines {

	private final CalendarProperties properties;

	public OfficeDeadlines(CalendarProperties properties) {
		this.properties = properties;
	}

	/** Local time in the calendar's zone: by default the 10th of the month after the quarter, 23:59:59. */
	public LocalDateTime deadline(String officeCode, ReportingPeriod period) {
		LocalDate monthAfter = period.lastDay().plusDays(1);
		return monthAfter.withDayOfMonth(Math.min(properties.officeDeadlineDay(), monthAfter.lengthOfMonth()))
			.atTime(properties.officeDeadlineTime());
	}

	public boolean onTime(String officeCode, ReportingPeriod period, LocalDateTime receivedAt) {
		return !receivedAt.isAfter(deadline(officeCode, period));
	}

	/**
	 * The quarter an office is reporting on at a given moment: the last one that has ended. Used to
	 * file a received file in the archive before its content is read.
	 */
	public static ReportingPeriod reportingPeriodAt(LocalDate date) {
		int quarterNow = (date.getMonthValue() - 1) / 3 + 1;
		int rocYear = date.getYear() - RocYear.OFFSET;
		return quarterNow == 1 ? new ReportingPeriod(rocYear - 1, 4) : new ReportingPeriod(rocYear, quarterNow - 1);
	}

}
