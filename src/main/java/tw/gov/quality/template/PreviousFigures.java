package tw.gov.quality.template;

import java.util.Map;

import tw.gov.quality.calendar.ReportingPeriod;

/** Looks up an office's accepted figures for a quarter; provided by ingestion. */
public interface PreviousFigures {

	/** Item code to figure; empty when the office has no accepted submission for the period. */
	Map<String, PreviousFigure> accepted(String officeCode, ReportingPeriod period);

}
