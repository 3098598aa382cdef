package tw.gov.quality.validation;

import java.util.Optional;

/** A check of a row's 項次; the first one that finds a problem stops the row there. */
@FunctionalInterface
interface RowRule {

	Optional<Finding> check(RowContext row);

}
