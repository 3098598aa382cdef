package tw.gov.quality.validation;

import java.util.Map;

import tw.gov.quality.calendar.ReportingPeriod;

/** The office's latest accepted figures from an earlier quarter of the same year, by item code. */
@FunctionalInterface
public interface PreviousLookup {

	Map<String, ReportedItem> previousAccepted(String officeCode, ReportingPeriod period);

}
