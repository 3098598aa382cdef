/**
 * ROC years and dates, reporting periods, deadlines, their overrides and extensions, and the clock.
 */
package tw.gov.quality.calendar;
