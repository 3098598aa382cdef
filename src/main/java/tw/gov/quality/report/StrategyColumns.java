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

	static List<Strategy> of(List<? extends OfficeLine> offices) {
		Map<Integer, Strategy> strategies = new TreeMap<>();
		for (OfficeLine office : offices) {
			for (Integer strategy : office.itemStrategies()) {
				strategies.putIfAbsent(strategy, new Strategy(strategy, ""));
			}
		}
		for (OfficeLine office : offices) {
			for (Strategy strategy : office.planStrategies()) {
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
	static boolean has(OfficeLine office, int strategy) {
		return office.itemStrategies().contains(strategy);
	}

}
