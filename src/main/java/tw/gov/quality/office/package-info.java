/**
 * The office tree from configuration: offices, their supervisors and the subtree each one sees.
 */
package tw.gov.quality.office;
