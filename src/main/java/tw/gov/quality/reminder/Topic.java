package tw.gov.quality.reminder;

/** What a reminder is about. Each topic's reminders are sent once per recipient, quarter and stage. */
public enum Topic {

	/** The office's quarterly progress sheet (進度回報), due by its deadline. */
	PROGRESS("進度回報"),
	/**
	 * The 考核 score record (評分紀錄, seed 000 伍.六–七), due a number of days after each 考核: the review form
	 * returned with a score.
	 */
	SCORE_RECORD("考核評分紀錄");

	private final String label;

	Topic(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
