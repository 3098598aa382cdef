package tw.gov.quality.security;

/** What a console user may do. */
public enum Role {

	/** Everything, on every office. */
	ADMIN("系統管理者"),
	/** Read and download for the office subtree it supervises. */
	SUPERVISOR("上級機關"),
	/** Its own office's templates, receipts and history. */
	OFFICE("填報機關"),
	/**
	 * A monitoring system's account (e.g. Prometheus): reads {@code /actuator/metrics},
	 * {@code /actuator/prometheus} and {@code /actuator/info} over HTTP Basic, and nothing of the console or the API.
	 */
	METRICS("監控系統");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
