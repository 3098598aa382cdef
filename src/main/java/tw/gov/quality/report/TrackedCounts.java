package tw.gov.quality.report;

import java.util.List;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.review.TrackedItem;

/**
 * An office's 列管事項 counted for the 列管事項 sheet, as the quarter saw them: what an {@link OfficeSummary}
 * keeps instead of the items.
 *
 * @param total opened up to the quarter (closed or not)
 * @param opened opened by the quarter's review
 * @param replied with the office's 辦理情形 for the quarter
 * @param closed closed by the quarter's review or before
 * @param open still open
 * @param openLonger open, and opened more than one quarter before
 */
record TrackedCounts(long total, long opened, long replied, long closed, long open, long openLonger) {

	static final TrackedCounts NONE = new TrackedCounts(0, 0, 0, 0, 0, 0);

	static TrackedCounts of(List<TrackedItem> items, ReportingPeriod period) {
		if (items.isEmpty()) {
			return NONE;
		}
		return new TrackedCounts(items.size(), items.stream().filter(item -> item.opened().equals(period)).count(),
				items.stream().filter(item -> item.reply() != null).count(),
				items.stream().filter(item -> !item.open()).count(), items.stream().filter(TrackedItem::open).count(),
				items.stream().filter(item -> item.open() && item.openLongerThanAQuarter(period)).count());
	}

}
