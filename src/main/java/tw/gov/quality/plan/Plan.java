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
		// A loop, not a stream: looked up for every row of every sheet, where the stream's own work was a tenth of
		// the answering threads' time in a profile
		for (PlanItem item : items) {
			if (item.code().equals(code)) {
				return Optional.of(item);
			}
		}
		return Optional.empty();
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
