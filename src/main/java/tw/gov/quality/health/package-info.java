/**
 * The {@code folders} health indicator (the scheduler's is in {@code schedule}).
 */
package tw.gov.quality.health;
