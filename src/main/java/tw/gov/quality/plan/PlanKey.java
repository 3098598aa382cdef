package tw.gov.quality.plan;

/** Identifies a plan: the office it belongs to and its ROC year. */
public record PlanKey(String officeCode, int rocYear) {
}
