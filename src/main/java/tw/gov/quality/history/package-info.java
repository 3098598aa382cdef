/**
 * An office's page and its submissions (page and API).
 */
package tw.gov.quality.history;
