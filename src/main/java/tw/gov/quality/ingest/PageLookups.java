package tw.gov.quality.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.review.TrackedItems;
import tw.gov.quality.validation.PreviousLookup;
import tw.gov.quality.validation.ReportedItem;

/**
 * What the checks and the receipt of each sheet look up per office, loaded for a whole page of
 * submissions when the reader takes it (two queries) instead of per sheet: the offices' current
 * accepted quarters (whose latest earlier one gives the previous figures) and their deadline
 * extensions. An office with more than one file in the page is looked up per sheet as before, since
 * an earlier sheet of it may change what is accepted; each office's entry serves one sheet, and a
 * sheet read again (its chunk rolled back) looks it up again. Also which of the page's offices have no
 * tracked item (列管事項) at all, whose sheets then need no query for their replies; forgotten as soon as a
 * review form of the run is stored, since it may open items.
 */
@Component
class PageLookups implements PreviousLookup {

	private final AcceptedItems submissions;

	private final OfficeDeadlines deadlines;

	private final Map<String, List<AcceptedItems.AcceptedQuarter>> accepted = new ConcurrentHashMap<>();

	private final Map<String, Map<ReportingPeriod, OfficeDeadlines.Extension>> extensions = new ConcurrentHashMap<>();

	private final Set<String> untracked = ConcurrentHashMap.newKeySet();

	private final TrackedItems tracked;

	PageLookups(AcceptedItems submissions, OfficeDeadlines deadlines, TrackedItems tracked) {
		this.submissions = submissions;
		this.deadlines = deadlines;
		this.tracked = tracked;
	}

	/**
	 * The reader's new page, by the office of each of its files ({@code null} for none); not loaded ahead
	 * for the {@code unsettled} offices, whose earlier file's outcome is still to be committed.
	 */
	void expect(Collection<String> officeCodes, Set<String> unsettled) {
		accepted.clear();
		extensions.clear();
		untracked.clear();
		Set<String> once = officeCodes.stream()
			.filter(Objects::nonNull)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
			.entrySet()
			.stream()
			.filter(entry -> entry.getValue() == 1)
			.map(Map.Entry::getKey)
			.filter(office -> !unsettled.contains(office))
			.collect(Collectors.toSet());
		if (once.isEmpty()) {
			return;
		}
		once.forEach(office -> accepted.put(office, new ArrayList<>()));
		submissions.acceptedQuarters(once).forEach(quarter -> accepted.get(quarter.officeCode()).add(quarter));
		once.forEach(office -> extensions.put(office, Map.of()));
		extensions.putAll(deadlines.extensions(once));
		Set<String> withItems = tracked.officesWithItems(once);
		once.stream().filter(office -> !withItems.contains(office)).forEach(untracked::add);
	}

	/** Whether the office is known to have no tracked item, so that nothing can be outstanding for its sheet. */
	boolean withoutTrackedItems(String officeCode) {
		return officeCode != null && untracked.remove(officeCode);
	}

	/** A review form was stored: it may have opened items for any office. */
	void trackedItemsChanged() {
		untracked.clear();
	}

	@Override
	public Map<String, ReportedItem> previousAccepted(String officeCode, ReportingPeriod period) {
		List<AcceptedItems.AcceptedQuarter> known = officeCode == null ? null : accepted.remove(officeCode);
		if (known == null) {
			return submissions.previousAccepted(officeCode, period);
		}
		// as the query orders them: the latest earlier quarter of the year, its latest sheet
		return known.stream()
			.filter(quarter -> quarter.period().rocYear() == period.rocYear()
					&& quarter.period().quarter() < period.quarter())
			.max(Comparator.comparingInt((AcceptedItems.AcceptedQuarter quarter) -> quarter.period().quarter())
				.thenComparingLong(AcceptedItems.AcceptedQuarter::id))
			.map(quarter -> submissions.items(quarter.id()))
			.orElse(Map.of());
	}

	/** When the office's sheet for the quarter is due, its extension included. */
	LocalDateTime deadline(String officeCode, ReportingPeriod period) {
		Map<ReportingPeriod, OfficeDeadlines.Extension> known = officeCode == null ? null : extensions.remove(officeCode);
		if (known == null) {
			return deadlines.deadline(officeCode, period);
		}
		return deadlines.deadline(period, Optional.ofNullable(known.get(period)));
	}

}
