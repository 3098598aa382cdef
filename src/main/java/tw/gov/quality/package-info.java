/**
 * Quarterly progress reporting for government service-quality plans. Each sub-package is a module (see
 * {@code ModulesTests}); this package holds only the application class and the shared kernel every module may
 * use ({@link tw.gov.quality.Folders}, {@link tw.gov.quality.Checksums}).
 */
package tw.gov.quality;
