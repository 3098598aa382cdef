/**
 * The {@code templateJob}: each office's progress template for a quarter, prefilled with its previous figures.
 */
package tw.gov.quality.template;
