/**
 * Reading what an office reported, from any of the three formats (.xlsx, .xls, .ods).
 */
package tw.gov.quality.progress;
