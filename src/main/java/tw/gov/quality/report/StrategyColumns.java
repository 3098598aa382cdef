package tw.gov.quality.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tw.gov.quality.plan.Strategy;

/**
 * The strategies (實施要項) any office's plan uses, by number, each titled from the first plan that
 * gives it a title: offices copy the ministry's five, but a plan may leave one out.
 */
final class StrategyColumns {

	private StrategyColumns() {
	}

	static List<Strategy> of(List<OfficeReport> offices) {
		Map<Integer, Strategy> strategies = new TreeMap<>();
		for (OfficeReport office : offices) {
			for (ItemReport item : office.items()) {
				strategies.putIfAbsent(item.item().strategy(), new Strategy(item.item().strategy(), ""));
			}
		}
		for (OfficeReport office : offices) {
			if (office.plan() == null) {
				continue;
			}
			for (Strategy strategy : office.plan().strategies()) {
				Strategy known = strategies.get(strategy.number());
				if (known != null && known.title().isBlank() && strategy.title() != null
						&& !strategy.title().isBlank()) {
					strategies.put(strategy.number(), strategy);
				}
			}
		}
		return List.copyOf(strategies.values());
	}

	/** Whether the office's plan has any item under the strategy ("—" on the matrix if not). */
	static boolean has(OfficeReport office, int strategy) {
		return office.items().stream().anyMatch(item -> item.item().strategy() == strategy);
	}

}
