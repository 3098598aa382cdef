/**
 * The supervisor's review loop: returned 審查意見表 read back and stored, their opinions tracked (列管事項) until closed.
 */
package tw.gov.quality.review;
