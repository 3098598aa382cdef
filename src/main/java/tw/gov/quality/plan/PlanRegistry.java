package tw.gov.quality.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

	/**
	 * How many parts a page's plans are loaded in. The lookups come from several threads at once, each
	 * reading the next file of the page: dealt round robin, their offices fall into different parts, each
	 * loaded by its own thread, instead of one thread loading the whole page while the others wait.
	 */
	private static final int PARTS = 8;

	private volatile Map<String, Part> expected = Map.of();

	/** Offices whose plans are loaded together; also the lock their first lookup holds while loading them. */
	private static final class Part {

		private final List<String> officeCodes = new ArrayList<>();

	}

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
	 * Offices whose plans are about to be looked up one by one (a page of sheets to check, in the order
	 * they will be looked up): the first lookup that misses the cache loads the plans of its part of them
	 * (every {@value #PARTS}th office) for its year in three queries.
	 */
	public void expect(Collection<String> officeCodes) {
		List<String> codes = officeCodes.stream().filter(Objects::nonNull).distinct().limit(CACHED_PLANS / 2).toList();
		List<Part> parts = new ArrayList<>();
		Map<String, Part> partOf = new HashMap<>();
		for (int i = 0; i < codes.size(); i++) {
			if (i < PARTS) {
				parts.add(new Part());
			}
			Part part = parts.get(i % PARTS);
			part.officeCodes.add(codes.get(i));
			partOf.put(codes.get(i), part);
		}
		expected = Map.copyOf(partOf);
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
		Part part = plan == null ? expected.get(officeCode) : null;
		if (part != null) {
			synchronized (part) {
				plan = cache.get(key);
				if (plan == null) {
					prefetch(part.officeCodes, rocYear);
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
