package tw.gov.quality.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.office.OfficeRegistry;
import tw.gov.quality.plan.PlanRegistry;
import tw.gov.quality.review.ReviewForm.Opinion;
import tw.gov.quality.review.ReviewFormParser.Content;
import tw.gov.quality.validation.Finding;

/**
 * Returned 審查意見表: checks one as ingestion read it, and stores one that passed, in the caller's
 * transaction. A newer form for the same office and period supersedes the earlier, which stays in history.
 */
@Component
public class ReviewForms {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ReviewFormCheck check;

	private final TrackedItems tracked;

	private final TrackedItemChanges changes;

	ReviewForms(JdbcClient jdbc, JdbcTemplate batch, OfficeRegistry offices, PlanRegistry plans,
			ReviewedPeriods reviewed, TrackedItems tracked, TrackedItemChanges changes) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.tracked = tracked;
		this.changes = changes;
		this.check = new ReviewFormCheck(offices, plans, reviewed, tracked::outstandingIds);
	}

	/**
	 * What a check found.
	 *
	 * @param period the period the form is for, {@code null} when its identity could not be read
	 * @param form the form to store, {@code null} when refused
	 */
	public record Checked(ReportingPeriod period, ReviewForm form, List<Finding> findings) {

		public boolean accepted() {
			return form != null;
		}

	}

	/** @param folderCode the office whose inbox folder (or upload) the form came through */
	public Checked check(String folderCode, Content content) {
		ReviewFormCheck.Checked checked = check.check(folderCode, content);
		return new Checked(checked.period(), checked.form(), checked.findings());
	}

	/** Stores the form, supersedes the earlier one of the same office and period, and updates tracked items. */
	public long store(long submissionId, ReviewForm form, LocalDateTime receivedAt, LocalDateTime now) {
		Optional<Long> earlier = current(form.officeCode(), form.period());
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO review_form (submission_id, supervisor_code, office_code, roc_year, quarter, reviewer,
					reviewed_on, score, received_at, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(submissionId, form.supervisorCode(), form.officeCode(), form.period().rocYear(),
					form.period().quarter(), form.reviewer(),
					form.reviewedOn() == null ? null : Date.valueOf(form.reviewedOn()), form.score(),
					Timestamp.valueOf(receivedAt), Timestamp.valueOf(now))
			.update(key, "id");
		long id = key.getKey().longValue();
		earlier.ifPresent(previous -> {
			jdbc.sql("UPDATE review_form SET superseded_by = ? WHERE id = ?").params(id, previous).update();
			changes.withdraw(previous, now);
		});
		List<Object[]> rows = new ArrayList<>();
		for (Opinion opinion : form.opinions()) {
			rows.add(new Object[] { id, rows.size(), opinion.key(), opinion.itemCode(), cut(opinion.category(), 100),
					cut(opinion.subject(), 500), opinion.draft(), opinion.opinion(), opinion.suggestion(),
					opinion.tracked() });
		}
		batch.batchUpdate("""
				INSERT INTO review_opinion (review_form_id, seq, row_key, item_code, category, subject, draft, opinion,
					suggestion, tracked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		changes.record(id, form, now);
		return id;
	}

	/**
	 * What an office's progress sheet said on its outstanding tracked items.
	 *
	 * @param findings a warning for each outstanding item without a reply, or with a date that cannot be read
	 */
	public record Replies(List<TrackedReply> replies, List<Finding> findings) {

		/** An office without tracked items: nothing to reply to. */
		public static final Replies NONE = new Replies(List.of(), List.of());

	}

	/** Reads the replies of an accepted progress sheet against the office's items outstanding for the period. */
	public Replies replies(String officeCode, ReportingPeriod period, TrackedReplyParser.Content content) {
		List<TrackedItem> outstanding = tracked.outstanding(officeCode, period);
		List<TrackedReply> replies = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		java.util.Map<String, TrackedReplyParser.Row> rows = new java.util.HashMap<>();
		content.rows().forEach(row -> rows.putIfAbsent(row.key(), row));
		for (TrackedItem item : outstanding) {
			TrackedReplyParser.Row row = rows.get(ReviewFormLayout.trackedKey(item.id()));
			String what = "列管事項（" + item.opened().label() + "，" + item.itemLabel() + "）「" + shorten(item.request()) + "」";
			if (row == null || row.reply() == null) {
				String cell = row == null ? null
						: ReviewFormCheck.ref(content.sheet(), row.row(), content.columns().get(TrackedReplyLayout.REPLY));
				findings.add(new Finding(tw.gov.quality.validation.Rule.TRACKED_REPLY_MISSING, cell, item.itemCode(),
						what + "未填辦理情形",
						"請於工作表「" + TrackedReplyLayout.SHEET + "」填寫辦理情形與辦理日期（使用本季範本即附有此表）"));
				continue;
			}
			java.time.LocalDate date = null;
			if (row.date() != null) {
				date = tw.gov.quality.progress.ReportDates
					.parse(new tw.gov.quality.progress.Field(row.date().text().strip(), row.date().kind(), content.sheet(),
							row.row(), row.date().column()))
					.orElse(null);
				if (date == null) {
					findings.add(new Finding(tw.gov.quality.validation.Rule.TRACKED_REPLY_DATE_UNREADABLE,
							ReviewFormCheck.ref(content.sheet(), row.row(), row.date().column()), item.itemCode(),
							what + "的辦理日期「" + row.date().text() + "」無法辨識，已記錄辦理情形、未記錄日期",
							"請填寫日期，例如 " + period.rocYear() + "/9/30"));
				}
			}
			replies.add(new TrackedReply(item.id(), row.reply().text().strip(), date));
		}
		return new Replies(List.copyOf(replies), List.copyOf(findings));
	}

	private static String shorten(String text) {
		return text == null || text.length() <= 30 ? text : text.substring(0, 30) + "…";
	}

	/** A 考核 score as the latest review up to a period gave it. */
	public record Score(java.math.BigDecimal score, ReportingPeriod period) {
	}

	/** The latest score the office's current review forms gave, for the period or an earlier one. */
	public Optional<Score> latestScore(String officeCode, ReportingPeriod upTo) {
		return jdbc.sql("""
				SELECT score, roc_year, quarter FROM review_form
				WHERE office_code = ? AND superseded_by IS NULL AND score IS NOT NULL
				AND (roc_year < ? OR (roc_year = ? AND quarter <= ?))
				ORDER BY roc_year DESC, quarter DESC, id DESC LIMIT 1""")
			.params(officeCode, upTo.rocYear(), upTo.rocYear(), upTo.quarter())
			.query((rs, n) -> new Score(rs.getBigDecimal(1).stripTrailingZeros(),
					new ReportingPeriod(rs.getInt(2), rs.getInt(3))))
			.optional();
	}

	/** The same for several offices in one query (a page of a consolidation), by office; one without a score is left out. */
	public java.util.Map<String, Score> latestScores(java.util.Collection<String> officeCodes, ReportingPeriod upTo) {
		java.util.Map<String, Score> scores = new java.util.HashMap<>();
		if (officeCodes.isEmpty()) {
			return scores;
		}
		// Newest first: the first row of each office is its latest score.
		jdbc.sql("""
				SELECT office_code, score, roc_year, quarter FROM review_form
				WHERE office_code IN (:offices) AND superseded_by IS NULL AND score IS NOT NULL
				AND (roc_year < :year OR (roc_year = :year AND quarter <= :quarter))
				ORDER BY roc_year DESC, quarter DESC, id DESC""")
			.param("offices", officeCodes)
			.param("year", upTo.rocYear())
			.param("quarter", upTo.quarter())
			.query((java.sql.ResultSet rs) -> {
				scores.putIfAbsent(rs.getString(1), new Score(rs.getBigDecimal(2).stripTrailingZeros(),
						new ReportingPeriod(rs.getInt(3), rs.getInt(4))));
			});
		return scores;
	}

	/** The current form (not superseded) for the office and period, if one came back. */
	public Optional<Long> current(String officeCode, ReportingPeriod period) {
		return jdbc.sql("""
				SELECT id FROM review_form WHERE office_code = ? AND roc_year = ? AND quarter = ? AND superseded_by IS NULL
				ORDER BY id DESC LIMIT 1""")
			.params(officeCode, period.rocYear(), period.quarter())
			.query(Long.class)
			.optional();
	}

	private static String cut(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
