package tw.gov.quality.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Plan;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.progress.ItemStatus;

/**
 * One reporting office's quarter, as the supervisor sees it.
 *
 * @param plan the plan it reports against ({@code null} if it has none for the year)
 * @param receivedAt when its accepted sheet arrived, {@code null} if none
 * @param late how late that was, {@link Duration#ZERO} if on time
 * @param deadline its deadline for the quarter
 * @param items every plan item, in plan order, with what was reported
 * @param submissionId the accepted submission used, {@code null} if none
 */
public record OfficeReport(Office office, SubmissionState state, Plan plan, LocalDateTime receivedAt, Duration late,
		LocalDateTime deadline, List<ItemReport> items, Long submissionId) implements OfficeLine {

	public OfficeReport {
		items = List.copyOf(items);
	}

	@Override
	public int total() {
		return items.size();
	}

	public long count(ItemStatus status) {
		return items.stream().filter(i -> i.reported() != null && i.reported().status() == status).count();
	}

	public long behindPace() {
		return items.stream().filter(ItemReport::behindPace).count();
	}

	public long overdue() {
		return items.stream().filter(ItemReport::overdue).count();
	}

	public long warnings() {
		return items.stream().mapToLong(i -> i.warnings().size()).sum();
	}

	/**
	 * 完成率: items done or being carried out as planned (已完成 + 持續辦理) over the applicable items
	 * (all but 不適用); {@code null} when nothing was submitted.
	 */
	public Double completionRate() {
		if (!state.submitted()) {
			return null;
		}
		return rate(items);
	}

	/** Items grouped by strategy number, strategies in order, items in plan order within each. */
	public Map<Integer, List<ItemReport>> itemsByStrategy() {
		Map<Integer, List<ItemReport>> groups = new TreeMap<>();
		for (ItemReport item : items) {
			groups.computeIfAbsent(item.item().strategy(), k -> new ArrayList<>()).add(item);
		}
		return groups;
	}

	/** The same rate over one strategy's items. */
	public Double completionRate(int strategy) {
		if (!state.submitted()) {
			return null;
		}
		return rate(items.stream().filter(i -> i.item().strategy() == strategy).toList());
	}

	@Override
	public Set<Integer> itemStrategies() {
		Set<Integer> strategies = new TreeSet<>();
		for (ItemReport item : items) {
			strategies.add(item.item().strategy());
		}
		return strategies;
	}

	@Override
	public List<Strategy> planStrategies() {
		return plan == null ? List.of() : plan.strategies();
	}

	private static Double rate(List<ItemReport> items) {
		long applicable = items.stream()
			.filter(i -> i.reported() == null || i.reported().status() != ItemStatus.NOT_APPLICABLE)
			.count();
		if (applicable == 0) {
			return null;
		}
		long done = items.stream()
			.filter(i -> i.reported() != null && (i.reported().status() == ItemStatus.COMPLETED
					|| i.reported().status() == ItemStatus.ONGOING))
			.count();
		return (double) done / applicable;
	}

}
