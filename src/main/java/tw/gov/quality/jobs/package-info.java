/**
 * Batch executions (page and API); the deadline check and reminders as batch jobs.
 */
package tw.gov.quality.jobs;
