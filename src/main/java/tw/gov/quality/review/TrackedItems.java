package tw.gov.quality.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
/**
 * 列管事項: opinions the office must act on, opened by a returned review form, answered in the office's next
 * progress sheets, open until a later review closes them, across years. An item is <em>outstanding</em> at a
 * period when it was opened before it and was still open when that period's review came back (or is still open).
 */
@Component
public class TrackedItems {

	/** The item, then its latest remark on a current form of a period up to the one bound as {@code :remarkOrd}. */
	private static final String COLUMNS = """
			SELECT t.id, t.office_code, t.item_code, t.source, t.subject, t.request, t.opened_year, t.opened_quarter,
				t.closed_year, t.closed_quarter,
				(SELECT d.remark FROM tracked_decision d JOIN review_form f ON f.id = d.review_form_id
					WHERE d.tracked_item_id = t.id AND f.superseded_by IS NULL AND d.remark IS NOT NULL
					AND f.roc_year * 4 + f.quarter - 1 <= :remarkOrd
					ORDER BY f.roc_year DESC, f.quarter DESC, f.id DESC LIMIT 1) AS remark""";

	/** What a score below the pass line asks of the office (seed 000 伍.六). */
	public static final String IMPROVEMENT = "提出具體改善作法";

	private final JdbcClient jdbc;

	TrackedItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static int ord(ReportingPeriod period) {
		return period.rocYear() * 4 + period.quarter() - 1;
	}

	/** The office's items outstanding at the period, oldest first, each with the office's reply for that period. */
	public List<TrackedItem> outstanding(String officeCode, ReportingPeriod period) {
		return jdbc.sql(COLUMNS + """
				, (SELECT r.reply FROM tracked_reply r JOIN submission s ON s.id = r.submission_id
					WHERE r.tracked_item_id = t.id AND r.roc_year = :year AND r.quarter = :quarter AND s.state = 'ACCEPTED'
					ORDER BY s.id DESC LIMIT 1) AS reply,
				(SELECT r.replied_on FROM tracked_reply r JOIN submission s ON s.id = r.submission_id
					WHERE r.tracked_item_id = t.id AND r.roc_year = :year AND r.quarter = :quarter AND s.state = 'ACCEPTED'
					ORDER BY s.id DESC LIMIT 1) AS replied_on
				FROM tracked_item t
				WHERE t.office_code = :office AND t.state <> 'WITHDRAWN' AND t.opened_ord < :ord
				AND (t.state = 'OPEN' OR t.closed_ord >= :ord) ORDER BY t.opened_ord, t.id""")
			.param("year", period.rocYear())
			.param("quarter", period.quarter())
			.param("office", officeCode)
			.param("ord", ord(period))
			.param("remarkOrd", ord(period))
			.query((rs, n) -> item(rs, true))
			.list();
	}

	/**
	 * Which of these offices have any tracked item (in any state but withdrawn), in one query: for the others
	 * nothing is ever outstanding, which spares a page of sheets a query each.
	 */
	public Set<String> officesWithItems(Collection<String> officeCodes) {
		if (officeCodes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("SELECT DISTINCT office_code FROM tracked_item WHERE office_code IN (:offices) "
				+ "AND state <> 'WITHDRAWN'")
			.param("offices", officeCodes)
			.query(String.class)
			.list());
	}

	/** Every item of the office that is open now, oldest first. */
	public List<TrackedItem> open(String officeCode) {
		return jdbc.sql(COLUMNS + " FROM tracked_item t WHERE t.office_code = :office AND t.state = 'OPEN' ORDER BY t.opened_ord, t.id")
			.param("office", officeCode)
			.param("remarkOrd", Integer.MAX_VALUE)
			.query((rs, n) -> item(rs, false))
			.list();
	}

	/** Every item of the office opened up to the period (closed or not, never withdrawn), oldest first. */
	public List<TrackedItem> history(String officeCode, ReportingPeriod upTo) {
		return history(List.of(officeCode), upTo).getOrDefault(officeCode, List.of());
	}

	/**
	 * The same for several offices in one query (a page of a consolidation), by office; an office without
	 * items is left out.
	 */
	public Map<String, List<TrackedItem>> history(Collection<String> officeCodes, ReportingPeriod upTo) {
		Map<String, List<TrackedItem>> items = new HashMap<>();
		if (officeCodes.isEmpty()) {
			return items;
		}
		jdbc.sql(COLUMNS + """
				, (SELECT r.reply FROM tracked_reply r JOIN submission s ON s.id = r.submission_id
					WHERE r.tracked_item_id = t.id AND r.roc_year = :year AND r.quarter = :quarter AND s.state = 'ACCEPTED'
					ORDER BY s.id DESC LIMIT 1) AS reply, NULL AS replied_on
				FROM tracked_item t WHERE t.office_code IN (:offices) AND t.state <> 'WITHDRAWN' AND t.opened_ord <= :ord
				ORDER BY t.opened_ord, t.id""")
			.param("year", upTo.rocYear())
			.param("quarter", upTo.quarter())
			.param("offices", officeCodes)
			.param("ord", ord(upTo))
			.param("remarkOrd", ord(upTo))
			.query((rs, n) -> {
				TrackedItem item = item(rs, true);
				// Closed after the period: as the period saw it, still open.
				return item.closed() != null && ord(item.closed()) > ord(upTo)
						? new TrackedItem(item.id(), item.officeCode(), item.itemCode(), item.source(), item.subject(),
								item.request(), item.opened(), null, item.reply(), item.repliedOn(), item.remark())
						: item;
			})
			.list()
			.forEach(item -> items.computeIfAbsent(item.officeCode(), code -> new ArrayList<>()).add(item));
		return items;
	}

	Set<Long> outstandingIds(String officeCode, ReportingPeriod period) {
		return new HashSet<>(outstanding(officeCode, period).stream().map(TrackedItem::id).toList());
	}

	/** Stores the replies a progress sheet brought, in the caller's transaction. */
	public void storeReplies(long submissionId, ReportingPeriod period, List<TrackedReply> replies) {
		for (TrackedReply reply : replies) {
			jdbc.sql("""
					INSERT INTO tracked_reply (tracked_item_id, submission_id, roc_year, quarter, reply, replied_on)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(reply.trackedItemId(), submissionId, period.rocYear(), period.quarter(), reply.reply(),
						reply.repliedOn() == null ? null : Date.valueOf(reply.repliedOn()))
				.update();
		}
	}

	private static TrackedItem item(ResultSet rs, boolean withReply) throws SQLException {
		Integer closedYear = rs.getObject("closed_year", Integer.class);
		return new TrackedItem(rs.getLong("id"), rs.getString("office_code"), rs.getString("item_code"),
				rs.getString("source"), rs.getString("subject"), rs.getString("request"),
				new ReportingPeriod(rs.getInt("opened_year"), rs.getInt("opened_quarter")),
				closedYear == null ? null : new ReportingPeriod(closedYear, rs.getInt("closed_quarter")),
				withReply ? rs.getString("reply") : null,
				withReply ? rs.getObject("replied_on", java.time.LocalDate.class) : null, rs.getString("remark"));
	}

}
