package tw.gov.quality.reminder;

/** How a reminder reached its recipient: every reminder is also listed in the run's workbook. */
public enum Delivery {

	MAIL("MAIL", "已寄送電子郵件"),
	/** The recipient has no e-mail address in config/application.yml. */
	NO_ADDRESS("WORKBOOK", "未設定電子郵件信箱，僅列於本清單，請以電話或公文通知"),
	/** No mail server is configured, or mail is switched off. */
	NO_MAIL_SERVER("WORKBOOK", "未設定郵件伺服器，僅列於本清單，請以電話或公文通知"),
	/** Not recorded as sent: the next run tries again. */
	FAILED(null, "電子郵件寄送失敗，下次執行時會重新寄送");

	private final String channel;

	private final String label;

	Delivery(String channel, String label) {
		this.channel = channel;
		this.label = label;
	}

	/** What reminder_sent.channel records. */
	String channel() {
		return channel;
	}

	public String label() {
		return label;
	}

}
