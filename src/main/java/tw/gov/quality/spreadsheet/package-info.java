/**
 * Streaming spreadsheet readers (.xlsx, .xls, .ods), file inspection and shared writing helpers.
 */
package tw.gov.quality.spreadsheet;
