/**
 * Uploads from the console and the API: an office's progress sheets, a supervisor's review forms, written into the
 * same inbox folder the file share uses, then ingested by the same pipeline.
 */
package tw.gov.quality.upload;
