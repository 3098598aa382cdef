/**
 * The {@code ingestJob}: the inbox, the archive, submissions and their receipts.
 */
package tw.gov.quality.ingest;
