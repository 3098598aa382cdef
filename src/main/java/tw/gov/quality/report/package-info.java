/**
 * The {@code consolidateJob}: the report model, its assembly, the consolidated and review-form writers, deadline states.
 */
package tw.gov.quality.report;
