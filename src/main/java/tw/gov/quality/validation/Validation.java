package tw.gov.quality.validation;

import java.util.List;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.plan.Plan;

/**
 * The outcome of checking one sheet.
 *
 * @param period the period the sheet reports on, {@code null} if it could not be read
 * @param plan the plan it was checked against, {@code null} if none
 * @param items the reported items in plan order (only meaningful when accepted)
 */
public record Validation(ReportingPeriod period, Plan plan, List<ReportedItem> items, List<Finding> findings) {

	public Validation {
		items = List.copyOf(items);
		findings = List.copyOf(findings);
	}

	public static Validation refused(Finding finding) {
		return new Validation(null, null, List.of(), List.of(finding));
	}

	public boolean accepted() {
		return findings.stream().noneMatch(Finding::isError);
	}

	public long errors() {
		return findings.stream().filter(Finding::isError).count();
	}

	public long warnings() {
		return findings.size() - errors();
	}

}
