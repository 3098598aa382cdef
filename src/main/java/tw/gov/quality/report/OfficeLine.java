package tw.gov.quality.report;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.Strategy;
import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.review.ReviewForms;
import tw.gov.quality.review.TrackedItem;

/**
 * What the report's own sheets (總表, 完成率圖, 實施要項對照, 逾期及未繳, 列管事項, the roll-up) show of one office:
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

	/** 列管中: its 列管事項 still open at the end of the quarter's review. */
	long openTracked();

	/** Its 列管事項 counted as {@code period} (the report's quarter) saw them. */
	TrackedCounts trackedCounts(ReportingPeriod period);

	/** Its 列管事項 still open, oldest first, each with the office's reply for the quarter. */
	List<TrackedItem> openTrackedItems();

	/** The latest 考核 score up to the quarter, {@code null} if none came back. */
	ReviewForms.Score score();

	/** Its plan's 考核 pass line, {@code null} without a plan or 考核. */
	java.math.BigDecimal passLine();

	/** The score is below the plan's pass line. */
	boolean belowPassLine();

}
