package tw.gov.quality.ingest;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.database.JdbcBatches;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.ReportedItem;

/** What a chunk of read files came to: their states, accepted items and findings, stored in batches per statement. */
@Repository
class OutcomeStore {

	/** For batches, which JdbcClient does not offer: a chunk's rows go to the server in one round trip. */
	private final JdbcTemplate batch;

	OutcomeStore(JdbcTemplate batch) {
		this.batch = batch;
	}

	/**
	 * Stores a chunk's outcomes, in its order, with batched statements (in parts, {@link JdbcBatches}): each one's
	 * state, period, plan, receipt, accepted items and findings. An office's sheets for the same quarter in the chunk supersede one another in
	 * order, the last one being current, as if stored one by one.
	 */
	void store(List<? extends Outcome> outcomes, LocalDateTime processedAt, Long executionId) {
		Long[] supersededBy = supersede(outcomes);
		Timestamp at = Timestamp.valueOf(processedAt);
		List<Object[]> states = new ArrayList<>(outcomes.size());
		List<Object[]> items = new ArrayList<>();
		List<Object[]> findings = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome outcome = outcomes.get(i);
			long id = outcome.file().id();
			states.add(stateRow(outcome, at, supersededBy[i], executionId));
			if (outcome.state() == SubmissionStatus.ACCEPTED) {
				outcome.validation().items().forEach(item -> items.add(itemRow(id, item)));
			}
			if (outcome.state() != SubmissionStatus.DUPLICATE) {
				findingRows(id, outcome.validation().findings(), findings);
			}
		}
		JdbcBatches.update(batch, """
				UPDATE submission SET state = ?, roc_year = ?, quarter = ?, plan_office_code = ?, processed_at = ?,
					receipt_path = ?, superseded_by = ?, processed_by_execution = ?
				WHERE id = ?""", states);
		JdbcBatches.update(batch, INSERT_ITEM, items);
		JdbcBatches.update(batch, INSERT_FINDING, findings);
	}

	/**
	 * Marks the sheets each accepted one replaces: the stored current sheet of its office and quarter
	 * (the first of the chunk's), and within the chunk each earlier one by the next; returns the latter,
	 * by position in the chunk.
	 */
	private Long[] supersede(List<? extends Outcome> outcomes) {
		// Where the last accepted sheet of each office and quarter so far is in the chunk
		Map<String, Integer> lastOfQuarter = new HashMap<>();
		Long[] supersededBy = new Long[outcomes.size()];
		List<Object[]> earlierAccepted = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome outcome = outcomes.get(i);
			if (outcome.state() != SubmissionStatus.ACCEPTED) {
				continue;
			}
			ReportingPeriod period = outcome.validation().period();
			String key = outcome.file().officeCode() + "/" + period.rocYear() + "/" + period.quarter();
			Integer previous = lastOfQuarter.put(key, i);
			if (previous != null) {
				supersededBy[previous] = outcome.file().id();
			}
			else {
				earlierAccepted.add(new Object[] { outcome.file().id(), outcome.file().officeCode(), period.rocYear(),
						period.quarter() });
			}
		}
		batch.batchUpdate("""
				UPDATE submission SET superseded_by = ?
				WHERE office_code = ? AND roc_year = ? AND quarter = ? AND state = 'ACCEPTED' AND superseded_by IS NULL""",
				earlierAccepted);
		return supersededBy;
	}

	/** A review form (REVIEWED, REVIEW_REFUSED) keeps the period it reviews, its findings, no plan and no items. */
	private static Object[] stateRow(Outcome outcome, Timestamp at, Long supersededBy, Long executionId) {
		ReportingPeriod period = outcome.state() == SubmissionStatus.DUPLICATE ? null : outcome.validation().period();
		String planOffice = outcome.state() == SubmissionStatus.ACCEPTED ? outcome.validation().plan().officeCode() : null;
		return new Object[] { outcome.state().name(), period == null ? null : period.rocYear(),
				period == null ? null : period.quarter(), planOffice, at,
				outcome.receipt() == null ? null : outcome.receipt().toString(), supersededBy, executionId,
				outcome.file().id() };
	}

	private static final String INSERT_ITEM = """
			INSERT INTO submission_item (submission_id, item_code, status, cumulative, completed_on,
				description, remark) VALUES (?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_FINDING = """
			INSERT INTO submission_finding (submission_id, seq, severity, rule_code, cell, item_code, message, fix)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	private static Object[] itemRow(long id, ReportedItem item) {
		return new Object[] { id, item.itemCode(), item.status().name(), item.cumulative(),
				item.completedOn() == null ? null : Date.valueOf(item.completedOn()), item.description(), item.remark() };
	}

	/** A submission's findings as rows, numbered from 0 in their order. */
	private static void findingRows(long id, List<Finding> findings, List<Object[]> rows) {
		int seq = 0;
		for (Finding finding : findings) {
			rows.add(new Object[] { id, seq++, finding.severity().name(), finding.rule().name(), finding.cell(),
					finding.itemCode(), finding.message(), finding.fix() });
		}
	}

}
