/**
 * The administrators' actions (page and API).
 */
package tw.gov.quality.actions;
