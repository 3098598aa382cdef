package tw.gov.quality.audit;

/** How an audited action ended. */
public enum AuditOutcome {

	/** Done. */
	SUCCEEDED("成功"),
	/** Tried and failed; the detail says why. */
	FAILED("失敗"),
	/** Handed to a background run; updated when the run ends. */
	STARTED("執行中"),
	/** Not done: refused before anything was changed (a rule, a lock, access). */
	REFUSED("未執行");

	private final String label;

	AuditOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
