package tw.gov.quality.board;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.report.SubmissionState;

/**
 * A quarter as a user sees it: the offices of their tree with each one's state, and the totals.
 *
 * @param counts how many expected offices are in each state
 * @param reportingRate 繳交率: submitted (on time or late) over expected
 * @param onTimeRate 準時率: on time over expected
 */
public record Board(ReportingPeriod period, String periodLabel, LocalDateTime asOf, List<BoardRow> rows,
		long expected, long received, long onTime, Map<SubmissionState, Long> counts, Double reportingRate,
		Double onTimeRate) {

	public long count(SubmissionState state) {
		return counts.getOrDefault(state, 0L);
	}

}
