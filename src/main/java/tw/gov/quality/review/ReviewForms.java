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

	ReviewForms(JdbcClient jdbc, JdbcTemplate batch, OfficeRegistry offices, PlanRegistry plans,
			ReviewedPeriods reviewed, TrackedItems tracked) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.tracked = tracked;
		this.check = new ReviewFormCheck(offices, plans, reviewed, tracked::openIds);
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
			tracked.withdraw(previous, now);
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
		tracked.record(id, form, now);
		return id;
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
