/**
 * How every batch job of the service is started: the jobs and their parameters named once
 * ({@link tw.gov.quality.batch.QualityJob}, {@link tw.gov.quality.batch.JobRequest}), one starter for the command
 * line, the console, the API and the scheduler ({@link tw.gov.quality.batch.JobStarter}) and the typed outcome it
 * returns ({@link tw.gov.quality.batch.JobOutcome}).
 */
package tw.gov.quality.batch;
