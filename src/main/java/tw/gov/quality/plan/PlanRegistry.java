package tw.gov.quality.plan;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
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

	private volatile Set<String> expected = Set.of();

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

	/**
	 * Offices whose plans are about to be looked up one by one (a page of sheets to check): the first
	 * lookup of one of them that misses the cache loads all their plans for its year in three queries.
	 */
	public void expect(Collection<String> officeCodes) {
		expected = officeCodes.stream().filter(Objects::nonNull).distinct().limit(CACHED_PLANS / 2)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Loads the own plans of these offices for the year that are not cached yet, all in three queries. */
	private void prefetch(Collection<String> officeCodes, int rocYear) {
		List<String> missing = officeCodes.stream()
			.filter(Objects::nonNull)
			.distinct()
			.filter(code -> !cache.containsKey(new PlanKey(code, rocYear)))
			.limit(CACHED_PLANS / 2)
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		Map<String, Plan> found = repository.findAll(missing, rocYear);
		for (String code : missing) {
			cache.putIfAbsent(new PlanKey(code, rocYear), Optional.ofNullable(found.get(code)));
		}
	}

	/** Called by the loader whenever a plan file was (re)loaded. */
	void forget() {
		cache.clear();
	}

	// Plans change only when the loader reloads a file; every sheet and report looks them up again.
	private Optional<Plan> cached(String officeCode, int rocYear) {
		PlanKey key = new PlanKey(officeCode, rocYear);
		Optional<Plan> plan = cache.get(key);
		Set<String> batch = expected;
		if (plan == null && batch.contains(officeCode)) {
			synchronized (this) {
				plan = cache.get(key);
				if (plan == null) {
					prefetch(batch, rocYear);
					plan = cache.get(key);
				}
			}
		}
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
