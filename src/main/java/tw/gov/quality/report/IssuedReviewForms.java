package tw.gov.quality.report;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.review.ReviewedPeriods;

/** A period was reviewed when a complete report version of the supervisor holds a review form for the office. */
@Component
class IssuedReviewForms implements ReviewedPeriods {

	private final PublishedReports reports;

	IssuedReviewForms(PublishedReports reports) {
		this.reports = reports;
	}

	@Override
	public boolean reviewed(String supervisorCode, String officeCode, ReportingPeriod period) {
		return reports.versions(period, supervisorCode)
			.stream()
			.anyMatch(version -> version.reviewOffices().contains(officeCode));
	}

}
