/**
 * Quartz jobs and triggers that run the quarterly work, and the scheduler's health.
 */
package tw.gov.quality.schedule;
