/**
 * Every download, by id, with its access check.
 */
package tw.gov.quality.download;
