package tw.gov.quality.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.review.ReviewForms;
import tw.gov.quality.review.TrackedItem;

/**
 * An office's line of the report, its items counted and dropped: what stays in memory for each
 * office while the per-office sheets are streamed out.
 *
 * @param strategyRates the completion rate per strategy that has items ({@code null} where none
 * applies)
 * @param tracked its 列管事項 counted for the quarter
 * @param openTrackedItems its 列管事項 still open (closed ones are only counted)
 */
record OfficeSummary(Office office, SubmissionState state, LocalDateTime receivedAt, Duration late,
		LocalDateTime deadline, Long submissionId, int total, Map<ItemStatus, Long> counts, long behindPace,
		long overdue, long warnings, Double completionRate, Map<Integer, Double> strategyRates,
		List<Strategy> planStrategies, TrackedCounts tracked, List<TrackedItem> openTrackedItems,
		ReviewForms.Score score, java.math.BigDecimal passLine, boolean belowPassLine) implements OfficeLine {

	/** @param period the report's quarter, as which the tracked items are counted */
	static OfficeSummary of(OfficeReport report, ReportingPeriod period) {
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
				report.completionRate(), rates, report.planStrategies(), report.trackedCounts(period),
				report.openTrackedItems(), report.score(), report.passLine(), report.belowPassLine());
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
	public long openTracked() {
		return tracked.open();
	}

	@Override
	public TrackedCounts trackedCounts(ReportingPeriod period) {
		return tracked;
	}

	@Override
	public Set<Integer> itemStrategies() {
		return strategyRates.keySet();
	}

}
