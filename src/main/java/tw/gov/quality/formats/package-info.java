/**
 * Output formats: every workbook the service writes as .xlsx also as .ods (ODF) and, for the printed
 * outputs, as PDF, converted by LibreOffice headless through JODConverter; the {@code office} health
 * component.
 */
package tw.gov.quality.formats;
