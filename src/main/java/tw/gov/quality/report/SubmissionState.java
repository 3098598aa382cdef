package tw.gov.quality.report;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Where an office stands for a quarter, as of a moment. */
public enum SubmissionState {

	/** Accepted before its deadline. */
	ON_TIME("準時"),
	/** Accepted after its deadline. */
	LATE("逾期"),
	/** Nothing accepted and the deadline has passed. */
	MISSING("未繳"),
	/** Only refused files, and the deadline has passed. */
	REFUSED_UNCORRECTED("退件未補正"),
	/** Nothing accepted yet, deadline not reached. */
	PENDING("待繳");

	private final String label;

	SubmissionState(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * @param received when the accepted sheet came, empty when none was accepted
	 * @param refused whether only refused files came (asked only when it matters)
	 */
	static SubmissionState of(LocalDateTime asOf, LocalDateTime deadline, Optional<LocalDateTime> received,
			BooleanSupplier refused) {
		if (received.isPresent()) {
			return received.get().isAfter(deadline) ? LATE : ON_TIME;
		}
		if (!asOf.isAfter(deadline)) {
			return PENDING;
		}
		return refused.getAsBoolean() ? REFUSED_UNCORRECTED : MISSING;
	}

	public boolean submitted() {
		return this == ON_TIME || this == LATE;
	}

}
