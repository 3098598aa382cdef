package tw.gov.quality.validation;

/** Every check a progress sheet goes through, with its severity; the code is stable for reports and metrics. */
public enum Rule {

	UNREADABLE_FILE(Severity.ERROR), NO_TABLE(Severity.ERROR), OFFICE_MISSING(Severity.ERROR),
	OFFICE_MISMATCH(Severity.ERROR), UNKNOWN_FOLDER(Severity.ERROR), IDENTITY_MISMATCH(Severity.ERROR),
	YEAR_UNREADABLE(Severity.ERROR), QUARTER_UNREADABLE(Severity.ERROR), NO_PLAN(Severity.ERROR),
	ITEM_CODE_UNREADABLE(Severity.ERROR), ITEM_UNKNOWN(Severity.ERROR), ITEM_DUPLICATED(Severity.ERROR),
	ITEM_MISSING(Severity.ERROR), STATUS_MISSING(Severity.ERROR), STATUS_UNREADABLE(Severity.ERROR),
	QUANTITY_UNREADABLE(Severity.ERROR), DATE_UNREADABLE(Severity.ERROR), COMPLETED_WITHOUT_DATE(Severity.ERROR),
	DATE_OUTSIDE_YEAR(Severity.ERROR), CUMULATIVE_DECREASED(Severity.ERROR),

	BEHIND_PACE(Severity.WARNING), DEADLINE_PASSED(Severity.WARNING), BELOW_ANNUAL_TARGET(Severity.WARNING),
	SAME_AS_PREVIOUS(Severity.WARNING), NOT_APPLICABLE_WITHOUT_REASON(Severity.WARNING),
	DESCRIPTION_MISSING(Severity.WARNING);

	private final Severity severity;

	Rule(Severity severity) {
		this.severity = severity;
	}

	public Severity severity() {
		return severity;
	}

}
