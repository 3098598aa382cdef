package tw.gov.quality.demo;

/**
 * What the demo expects ingestion to make of an office's submission; the deadline is the 10th of the
 * month after the quarter, 23:59:59 Asia/Taipei.
 */
enum Expectation {

	/** Dropped a few days before the deadline; accepted (possibly with warnings). */
	ON_TIME,

	/** Dropped after the deadline (e.g. 高雄分署 on 104/7/13); accepted, and reported late. */
	LATE,

	/**
	 * Dropped on time, but with errors the validator refuses (桃園分署: a 已完成 item without 完成日期 and a
	 * cumulative figure typed as 「約10次」); the errors are rows of its {@code <office>-<year>.tsv}.
	 */
	REFUSED,

	/** Nothing is written (新竹分署): the office shows as missing in the quarter's report. */
	MISSING

}
