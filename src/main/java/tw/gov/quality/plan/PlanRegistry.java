package tw.gov.quality.plan;

import java.util.List;
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

	PlanRegistry(PlanRepository repository, OfficeRegistry offices) {
		this.repository = repository;
		this.offices = offices;
	}

	public Optional<Plan> ownPlan(String officeCode, int rocYear) {
		return repository.find(officeCode, rocYear);
	}

	public Optional<Plan> planFor(String officeCode, int rocYear) {
		Optional<Plan> own = repository.find(officeCode, rocYear);
		if (own.isPresent()) {
			return own;
		}
		for (Office ancestor : offices.ancestors(officeCode)) {
			Optional<Plan> inherited = repository.find(ancestor.code(), rocYear);
			if (inherited.isPresent()) {
				return inherited;
			}
		}
		return Optional.empty();
	}

	public List<PlanKey> plans() {
		return repository.keys();
	}

}
