package tw.gov.quality.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.template.PreviousFigure;
import tw.gov.quality.template.PreviousFigures;
import tw.gov.quality.validation.PreviousLookup;
import tw.gov.quality.validation.ReportedItem;

/** Accepted figures for the next quarter's template and for the next sheet's checks. */
@Component
class AcceptedFigures implements PreviousFigures, PreviousLookup {

	private final SubmissionRepository submissions;

	AcceptedFigures(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	@Override
	public Map<String, PreviousFigure> accepted(String officeCode, ReportingPeriod period) {
		Map<String, PreviousFigure> figures = new LinkedHashMap<>();
		submissions.accepted(officeCode, period)
			.forEach((code, item) -> figures.put(code,
					new PreviousFigure(code, item.status().label(), item.cumulative())));
		return figures;
	}

	@Override
	public Map<String, ReportedItem> previousAccepted(String officeCode, ReportingPeriod period) {
		return submissions.previousAccepted(officeCode, period);
	}

}
