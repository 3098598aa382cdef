package tw.gov.quality.review;

import tw.gov.quality.calendar.ReportingPeriod;

/**
 * Whether a supervisor was sent a review form for an office and a period: only such a form can come back.
 * Answered by whoever writes the forms (the report module), so that this module needs nothing of it.
 */
public interface ReviewedPeriods {

	boolean reviewed(String supervisorCode, String officeCode, ReportingPeriod period);

}
