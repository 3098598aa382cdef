package tw.gov.quality.validation;

/**
 * One problem found in a sheet, for the office to fix from the receipt alone.
 *
 * @param cell where, e.g. {@code 進度回報!G14}; {@code null} when the problem is the whole file
 * @param itemCode the plan item concerned, if any
 * @param message what is wrong, in Traditional Chinese
 * @param fix how to fix it, in Traditional Chinese
 */
public record Finding(Rule rule, String cell, String itemCode, String message, String fix) {

	public Severity severity() {
		return rule.severity();
	}

	public boolean isError() {
		return severity() == Severity.ERROR;
	}

}
