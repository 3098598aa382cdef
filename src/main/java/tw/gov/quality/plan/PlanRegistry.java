package tw.gov.quality.plan;

import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.LinkedHashMap;
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

	private static final int CACHED_PLANS = 256;

	private final PlanRepository repository;

	private final OfficeRegistry offices;

	/** Recently used plans; bounded, because a registry of thousands of offices must fit a small heap. */
	private final Map<PlanKey, Optional<Plan>> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<PlanKey, Optional<Plan>> eldest) {
			return size() > CACHED_PLANS;
		}
	});

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
		PlanKey key = new PlanKey(officeCode, rocYear);
		Optional<Plan> plan = cache.get(key);
		if (plan == null) {
			plan = repository.find(officeCode, rocYear);
			cache.put(key, plan);
		}
		return plan;
	}

	public List<PlanKey> plans() {
		return repository.keys();
	}

}
