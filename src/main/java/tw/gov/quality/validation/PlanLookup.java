package tw.gov.quality.validation;

import java.util.Optional;

import tw.gov.quality.plan.Plan;

/** The plan an office reports against for a year (its own or its nearest ancestor's). */
@FunctionalInterface
public interface PlanLookup {

	Optional<Plan> planFor(String officeCode, int rocYear);

}
