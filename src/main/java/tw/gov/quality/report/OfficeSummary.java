package tw.gov.quality.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.progress.ItemStatus;

/**
 * An office's line of the report, its items counted and dropped: what stays in memory for each
 * office while the per-office sheets are streamed out.
 *
 * @param strategyRates the completion rate per strategy that has items ({@code null} where none
 * applies)
 */
record OfficeSummary(Office office, SubmissionState state, LocalDateTime receivedAt, Duration late,
		LocalDateTime deadline, Long submissionId, int total, Map<ItemStatus, Long> counts, long behindPace,
		long overdue, long warnings, Double completionRate, Map<Integer, Double> strategyRates,
		List<Strategy> planStrategies) implements OfficeLine {

	static OfficeSummary of(OfficeReport report) {
		Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
		for (ItemStatus status : ItemStatus.values()) {
			long count = report.count(status);
			if (count > 0) {
				counts.put(status, count);
			}
		}
		Map<Integer, Double> rates = new LinkedHashMap<>();
		for (Integer strategy : report.itemStrategies()) {
			rates.put(strategy, report.completionRate(strategy));
		}
		return new OfficeSummary(report.office(), report.state(), report.receivedAt(), report.late(), report.deadline(),
				report.submissionId(), report.total(), counts, report.behindPace(), report.overdue(), report.warnings(),
				report.completionRate(), rates, report.planStrategies());
	}

	@Override
	public long count(ItemStatus status) {
		return counts.getOrDefault(status, 0L);
	}

	@Override
	public Double completionRate(int strategy) {
		return state.submitted() ? strategyRates.get(strategy) : null;
	}

	@Override
	public Set<Integer> itemStrategies() {
		return strategyRates.keySet();
	}

}
