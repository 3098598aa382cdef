/**
 * Plans: the model, the deadline parser, the plan workbook reader and writer, the loader and the registry.
 */
package tw.gov.quality.plan;
