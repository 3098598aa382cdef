package tw.gov.quality.report;

import java.time.LocalDateTime;
import java.util.List;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.progress.ItemStatus;

/**
 * Everything one supervising agency's consolidated 執行成果報告 shows for a quarter.
 *
 * @param offices every reporting office beneath the supervisor, in registry order: their full
 * {@link OfficeReport}s, or only their {@link OfficeSummary} lines once their own sheets are written
 * @param agencies for a supervisor above supervisors (法務部 above 行政執行署): one roll-up line per
 * child agency; empty otherwise
 */
public record SupervisorReport(Office supervisor, ReportingPeriod period, LocalDateTime generatedAt,
		List<OfficeLine> offices, List<AgencyTotals> agencies) {

	public SupervisorReport {
		offices = List.copyOf(offices);
		agencies = List.copyOf(agencies);
	}

	/** The heading alone (who, which quarter, as of when), for what is written before the totals are known. */
	static SupervisorReport heading(Office supervisor, ReportingPeriod period, LocalDateTime generatedAt) {
		return new SupervisorReport(supervisor, period, generatedAt, List.of(), List.of());
	}

	public long expected() {
		return offices.size();
	}

	public long received() {
		return offices.stream().filter(o -> o.state().submitted()).count();
	}

	public long onTime() {
		return offices.stream().filter(o -> o.state() == SubmissionState.ON_TIME).count();
	}

	/** 繳交率 */
	public double reportingRate() {
		return expected() == 0 ? 0 : (double) received() / expected();
	}

	/** 準時率 */
	public double onTimeRate() {
		return expected() == 0 ? 0 : (double) onTime() / expected();
	}

	/**
	 * A child agency's totals in a roll-up.
	 *
	 * @param items the plan items of every office beneath it that owes a sheet, submitted or not
	 * @param submittedItems the plan items of those offices that submitted
	 * @param completed items 已完成 or 持續辦理 (what 完成率 counts as done), of the offices that submitted
	 */
	public record AgencyTotals(Office agency, long expected, long received, long onTime, long items,
			long submittedItems, long completed, long behindPace, long overdue, Double completionRate) {

		/** The totals of the lines of the offices beneath the agency. */
		static AgencyTotals of(Office agency, List<OfficeLine> mine) {
			long items = mine.stream().mapToLong(OfficeLine::total).sum();
			long submittedItems = mine.stream().filter(r -> r.state().submitted()).mapToLong(OfficeLine::total).sum();
			long completed = mine.stream().mapToLong(r -> r.count(ItemStatus.COMPLETED) + r.count(ItemStatus.ONGOING)).sum();
			long applicable = mine.stream()
				.filter(r -> r.state().submitted())
				.mapToLong(r -> r.total() - r.count(ItemStatus.NOT_APPLICABLE))
				.sum();
			return new AgencyTotals(agency, mine.size(), mine.stream().filter(r -> r.state().submitted()).count(),
					mine.stream().filter(r -> r.state() == SubmissionState.ON_TIME).count(), items, submittedItems, completed,
					mine.stream().mapToLong(OfficeLine::behindPace).sum(), mine.stream().mapToLong(OfficeLine::overdue).sum(),
					applicable == 0 ? null : (double) completed / applicable);
		}

	}

}
