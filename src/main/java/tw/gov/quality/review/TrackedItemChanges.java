package tw.gov.quality.review;

import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.review.ReviewForm.Decision;
import tw.gov.quality.review.ReviewForm.Opinion;

/**
 * What a stored review form does to the 列管事項, in the caller's transaction: opens its tracked opinions (and
 * a score below the pass line), applies its decisions, and undoes all of that when a later form supersedes it.
 */
@Component
class TrackedItemChanges {

	private final JdbcClient jdbc;

	TrackedItemChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
					"考核評分 " + score + " 分", TrackedItems.IMPROVEMENT, period, now);
		}
		for (Decision decision : form.decisions()) {
			jdbc.sql("INSERT INTO tracked_decision (tracked_item_id, review_form_id, close_item, remark) VALUES (?, ?, ?, ?)")
				.params(decision.trackedItemId(), formId, decision.close(), decision.remark())
				.update();
			if (decision.close()) {
				jdbc.sql("""
						UPDATE tracked_item SET state = 'CLOSED', closed_year = ?, closed_quarter = ?, closed_ord = ?,
							closed_by_form = ?, closed_at = ? WHERE id = ? AND office_code = ? AND state = 'OPEN'""")
					.params(period.rocYear(), period.quarter(), TrackedItems.ord(period), formId, Timestamp.valueOf(now),
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
					opinion, request, period.rocYear(), period.quarter(), TrackedItems.ord(period), formId, Timestamp.valueOf(now))
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

}
