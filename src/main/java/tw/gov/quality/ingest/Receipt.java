package tw.gov.quality.ingest;

import java.time.LocalDateTime;
import java.util.List;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.validation.Finding;

/**
 * What the office is told about one file.
 *
 * @param period the period the sheet reports on, {@code null} if unreadable
 * @param deadline the office's deadline for that period, {@code null} if unknown
 * @param outcome one line: accepted, refused, or duplicate and of what
 * @param reviewForm the file is a supervisor's returned 審查意見表, not a progress sheet
 */
record Receipt(boolean reviewForm, String officeCode, String officeName, String originalName, long size, String sha256,
		LocalDateTime receivedAt, ReportingPeriod period, LocalDateTime deadline, String outcome, boolean accepted,
		List<Finding> findings) {
}
