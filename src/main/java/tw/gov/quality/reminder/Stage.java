package tw.gov.quality.reminder;

/** When a reminder is sent and to whom. Each is sent once per recipient and quarter. */
public enum Stage {

	/** To an office still pending, from {@code days-before} days before its deadline until the deadline. */
	BEFORE("截止前提醒"),
	/** To an office whose deadline has passed with nothing accepted (未繳, 退件未補正). */
	AFTER("逾期催繳"),
	/** To the supervising office (the parent) of offices that are late, missing or refused. */
	SUPERVISOR("上級機關通知");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
