/**
 * The audit log: who did what, when, with what outcome; its page and API.
 */
package tw.gov.quality.audit;
