package tw.gov.quality.validation;

import java.util.Optional;

/** A check of what an office reported for one plan item. */
@FunctionalInterface
interface ItemRule {

	Optional<Finding> check(ItemContext item);

}
