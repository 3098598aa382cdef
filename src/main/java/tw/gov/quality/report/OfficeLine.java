package tw.gov.quality.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.progress.ItemStatus;

/**
 * What the report's own sheets (總表, 完成率圖, 實施要項對照, 逾期及未繳, the roll-up) show of one office:
 * its state and figures, without its items. An {@link OfficeReport} is one; an {@link OfficeSummary}
 * keeps only this, so a quarter of ten thousand offices fits a small heap.
 */
interface OfficeLine {

	Office office();

	SubmissionState state();

	LocalDateTime receivedAt();

	Duration late();

	LocalDateTime deadline();

	Long submissionId();

	int total();

	long count(ItemStatus status);

	long behindPace();

	long overdue();

	long warnings();

	/** 完成率, {@code null} when nothing was submitted or nothing applies. */
	Double completionRate();

	/** The same rate over one strategy's items. */
	Double completionRate(int strategy);

	/** The strategies the office's items fall under, by number. */
	Set<Integer> itemStrategies();

	/** Its plan's strategies with their titles; empty without a plan. */
	List<Strategy> planStrategies();

}
