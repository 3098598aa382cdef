package tw.gov.quality.plan;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;

import org.springframework.stereotype.Component;

import tw.gov.quality.office.Office;
import tw.gov.quality.office.OfficeRegistry;

/**
 * Which plan an office reports against: its own for the year, else its nearest ancestor's (seed
 * 002, the ministry's master plan, covers every agency that has none of its own).
 */
@Component
public class PlanRegistry {

	private final PlanRepository repository;

	private final OfficeRegistry offices;

	private final Map<PlanKey, Optional<Plan>> cache = new ConcurrentHashMap<>();

	PlanRegistry(PlanRepository repository, OfficeRegistry offices) {
		this.repository = repository;
		this.offices = offices;
	}

	public Optional<Plan> ownPlan(String officeCode, int rocYear) {
		return cached(officeCode, rocYear);
	}

	public Optional<Plan> planFor(String officeCode, int rocYear) {
		Optional<Plan> own = cached(officeCode, rocYear);
		if (own.isPresent()) {
			return own;
		}
		for (Office ancestor : offices.ancestors(officeCode)) {
			Optional<Plan> inherited = cached(ancestor.code(), rocYear);
			if (inherited.isPresent()) {
				return inherited;
			}
		}
		return Optional.empty();
	}

	/** Called by the loader whenever a plan file was (re)loaded. */
	void forget() {
		cache.clear();
	}

	// Plans change only when the loader reloads a file; every sheet and report looks them up again.
	private Optional<Plan> cached(String officeCode, int rocYear) {
		return cache.computeIfAbsent(new PlanKey(officeCode, rocYear), key -> repository.find(officeCode, rocYear));
	}

	public List<PlanKey> plans() {
		return repository.keys();
	}

}
