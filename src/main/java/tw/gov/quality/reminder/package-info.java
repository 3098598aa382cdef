/**
 * Reminders before and after the deadline, to offices and supervisors, each sent once.
 */
package tw.gov.quality.reminder;
