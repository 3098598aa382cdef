package tw.gov.quality.report;

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

	public boolean submitted() {
		return this == ON_TIME || this == LATE;
	}

}
