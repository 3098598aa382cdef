package tw.gov.quality.plan;

import java.util.List;
import java.util.Optional;

/**
 * An office's service-quality plan for one ROC year.
 *
 * @param evaluation its 考核 settings, {@code null} when the plan declares none
 */
public record Plan(String officeCode, int rocYear, String title, String source, List<Strategy> strategies,
		List<PlanItem> items, Evaluation evaluation) {

	public Plan {
		strategies = List.copyOf(strategies);
		items = List.copyOf(items);
	}

	public Plan(String officeCode, int rocYear, String title, String source, List<Strategy> strategies,
			List<PlanItem> items) {
		this(officeCode, rocYear, title, source, strategies, items, null);
	}

	public Optional<Evaluation> evaluationSettings() {
		return Optional.ofNullable(evaluation);
	}

	public Optional<PlanItem> item(String code) {
		return items.stream().filter(item -> item.code().equals(code)).findFirst();
	}

	public Strategy strategy(int number) {
		return strategies.stream()
			.filter(strategy -> strategy.number() == number)
			.findFirst()
			.orElse(new Strategy(number, ""));
	}

	public List<PlanItem> itemsOf(int strategy) {
		return items.stream().filter(item -> item.strategy() == strategy).toList();
	}

}
