package tw.gov.quality.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
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
import tw.gov.quality.review.ReviewForm.Decision;
import tw.gov.quality.review.ReviewForm.Opinion;

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

	/** Opens the form's tracked opinions and applies its decisions, in the caller's transaction. */
	void record(long formId, ReviewForm form, LocalDateTime now) {
		ReportingPeriod period = form.period();
		for (Opinion opinion : form.opinions()) {
			if (opinion.tracked()) {
				// A strategy's opinion is kept under its key (S1), shown as 實施要項一.
				String concerns = opinion.itemCode() != null ? opinion.itemCode()
						: opinion.key().startsWith(ReviewFormLayout.STRATEGY_PREFIX) ? opinion.key() : null;
				open(formId, form.officeCode(), concerns, TrackedItem.OPINION,
						opinion.subject().isBlank() ? opinion.category() : opinion.subject(),
						opinion.opinion().isBlank() ? opinion.draft() : opinion.opinion(), opinion.request(), period, now);
			}
		}
		if (form.belowPassLine()) {
			String score = form.score().stripTrailingZeros().toPlainString();
			open(formId, form.officeCode(), null, TrackedItem.SCORE,
					"考核評分 " + score + " 分，未達及格分數 " + form.passLine().stripTrailingZeros().toPlainString() + " 分",
					"考核評分 " + score + " 分", IMPROVEMENT, period, now);
		}
		for (Decision decision : form.decisions()) {
			jdbc.sql("INSERT INTO tracked_decision (tracked_item_id, review_form_id, close_item, remark) VALUES (?, ?, ?, ?)")
				.params(decision.trackedItemId(), formId, decision.close(), decision.remark())
				.update();
			if (decision.close()) {
				jdbc.sql("""
						UPDATE tracked_item SET state = 'CLOSED', closed_year = ?, closed_quarter = ?, closed_ord = ?,
							closed_by_form = ?, closed_at = ? WHERE id = ? AND office_code = ? AND state = 'OPEN'""")
					.params(period.rocYear(), period.quarter(), ord(period), formId, Timestamp.valueOf(now),
							decision.trackedItemId(), form.officeCode())
					.update();
			}
		}
	}

	void open(long formId, String officeCode, String itemCode, String source, String subject, String opinion,
			String request, ReportingPeriod period, LocalDateTime now) {
		jdbc.sql("""
				INSERT INTO tracked_item (office_code, item_code, source, subject, opinion, request, opened_year,
					opened_quarter, opened_ord, opened_by_form, state, opened_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""")
			.params(officeCode, itemCode, source, subject == null || subject.length() <= 500 ? subject : subject.substring(0, 500),
					opinion, request, period.rocYear(), period.quarter(), ord(period), formId, Timestamp.valueOf(now))
			.update();
	}

	/** Undoes what a superseded form did: its items withdrawn, the items it closed open again. */
	void withdraw(long formId, LocalDateTime now) {
		jdbc.sql("UPDATE tracked_item SET state = 'WITHDRAWN', closed_at = ? WHERE opened_by_form = ? AND state <> 'WITHDRAWN'")
			.params(Timestamp.valueOf(now), formId)
			.update();
		jdbc.sql("""
				UPDATE tracked_item SET state = 'OPEN', closed_year = NULL, closed_quarter = NULL, closed_ord = NULL,
					closed_by_form = NULL, closed_at = NULL WHERE closed_by_form = ? AND state = 'CLOSED'""")
			.param(formId)
			.update();
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
