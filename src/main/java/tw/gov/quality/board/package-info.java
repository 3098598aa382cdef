/**
 * The quarter board: every office's state for a quarter (page and API).
 */
package tw.gov.quality.board;
