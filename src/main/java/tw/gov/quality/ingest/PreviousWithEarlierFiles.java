package tw.gov.quality.ingest;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.validation.PreviousLookup;
import tw.gov.quality.validation.ReportedItem;
import tw.gov.quality.validation.Validation;

/**
 * An office's previous accepted quarter as it will stand once its earlier files of the same chunk, answered
 * and not stored yet, are: an earlier quarter's sheet accepted among them is newer than anything stored for
 * that quarter (it supersedes it), so only a stored sheet of a later quarter still comes before it. Without
 * this, a first and a second quarter dropped together were checked side by side, the second against the
 * database as it was before the first.
 */
final class PreviousWithEarlierFiles implements PreviousLookup {

	private final PreviousLookup stored;

	private final AcceptedItems accepted;

	private final List<Outcome> earlier;

	/** @param earlier the office's earlier files of the chunk, in their order */
	PreviousWithEarlierFiles(PreviousLookup stored, AcceptedItems accepted, List<Outcome> earlier) {
		this.stored = stored;
		this.accepted = accepted;
		this.earlier = earlier;
	}

	@Override
	public Map<String, ReportedItem> previousAccepted(String officeCode, ReportingPeriod period) {
		Optional<Validation> latest = earlier.stream()
			.filter(outcome -> outcome.state() == SubmissionStatus.ACCEPTED)
			.map(Outcome::validation)
			.filter(validation -> validation.period() != null && validation.period().rocYear() == period.rocYear()
					&& validation.period().quarter() < period.quarter())
			// the latest quarter; of one quarter, the last file (it supersedes the others)
			.reduce((first, second) -> second.period().quarter() >= first.period().quarter() ? second : first);
		if (latest.isEmpty()) {
			return stored.previousAccepted(officeCode, period);
		}
		Map<String, ReportedItem> later = accepted.previousAccepted(officeCode, period, latest.get().period().quarter());
		return later.isEmpty() ? asStored(latest.get().items()) : later;
	}

	/** The items as the database gives them back: figures to two decimals (its column), without trailing zeros. */
	private static Map<String, ReportedItem> asStored(List<ReportedItem> items) {
		Map<String, ReportedItem> byCode = new LinkedHashMap<>();
		items.forEach(item -> byCode.put(item.itemCode(),
				new ReportedItem(item.itemCode(), item.status(),
						item.cumulative() == null ? null
								: item.cumulative().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros(),
						item.completedOn(), item.description(), item.remark())));
		return byCode;
	}

}
