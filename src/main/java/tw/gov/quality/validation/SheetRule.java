package tw.gov.quality.validation;

import java.util.Optional;

/** A check of a sheet's header (office, year, quarter), before its plan is looked up. */
@FunctionalInterface
interface SheetRule {

	Optional<Finding> check(SheetHeader header);

}
