package tw.gov.quality.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.template.PreviousFigure;
import tw.gov.quality.template.PreviousFigures;

/** Accepted figures for the next quarter's template (the next sheet's checks use {@link PageLookups}). */
@Component
class AcceptedFigures implements PreviousFigures {

	private final AcceptedItems submissions;

	AcceptedFigures(AcceptedItems submissions) {
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

}
