/**
 * The checks of a progress sheet against its plan and the previous quarter, and their findings.
 */
package tw.gov.quality.validation;
