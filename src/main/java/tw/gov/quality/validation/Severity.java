package tw.gov.quality.validation;

/** An error refuses the file; a warning travels into the quarterly report. */
public enum Severity {

	ERROR("錯誤"), WARNING("警告");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
