package tw.gov.quality.report;

import java.time.LocalDateTime;
import java.util.List;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;

/**
 * One supervisor's report to write: who, for which quarter, as it stood when, and the reporting
 * offices beneath it that owe a sheet (in registry order). Their figures are read while the report
 * is written, a page at a time.
 */
record SupervisorQuarter(Office supervisor, ReportingPeriod period, LocalDateTime asOf, List<Office> offices) {

	SupervisorQuarter {
		offices = List.copyOf(offices);
	}

	SupervisorReport heading() {
		return SupervisorReport.heading(supervisor, period, asOf);
	}

}
