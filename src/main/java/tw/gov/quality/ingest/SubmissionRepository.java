package tw.gov.quality.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.ReportedItem;

/** Submissions, their accepted items and their findings. */
@Repository
class SubmissionRepository {

	private final JdbcClient jdbc;

	/** For batches, which JdbcClient does not offer: a sheet's rows go to the server in one round trip. */
	private final JdbcTemplate batch;

	SubmissionRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long insertReceived(String folder, String officeCode, String originalName, String sha256, long size,
			LocalDateTime receivedAt, Path archivedPath, Long duplicateOf) {
		return insertReceived(folder, officeCode, originalName, sha256, size, receivedAt, archivedPath, duplicateOf,
				null);
	}

	long insertReceived(String folder, String officeCode, String originalName, String sha256, long size,
			LocalDateTime receivedAt, Path archivedPath, Long duplicateOf, Long reingestOf) {
		return insert(folder, officeCode, originalName, sha256, size, receivedAt, archivedPath, duplicateOf,
				reingestOf, null);
	}

	/** An archived file found without a row (a crash before this version recorded first): recorded as archived. */
	long insertArchived(String folder, String officeCode, String originalName, String sha256, long size,
			LocalDateTime receivedAt, Path archivedPath, Long duplicateOf, LocalDateTime archivedAt) {
		return insert(folder, officeCode, originalName, sha256, size, receivedAt, archivedPath, duplicateOf, null,
				archivedAt);
	}

	private long insert(String folder, String officeCode, String originalName, String sha256, long size,
			LocalDateTime receivedAt, Path archivedPath, Long duplicateOf, Long reingestOf, LocalDateTime archivedAt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO submission (folder, office_code, original_name, sha256, size_bytes, received_at,
					archived_path, state, duplicate_of, reingest_of, archived_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(folder, officeCode, originalName, sha256, size, receivedAt, archivedPath.toString(),
					SubmissionStatus.RECEIVED.name(), duplicateOf, reingestOf, archivedAt == null ? null : Timestamp.valueOf(archivedAt))
			.update(key);
		return key.getKey().longValue();
	}

	/** The copy is complete and in place: the file may now leave the inbox and be read. */
	void markArchived(long id, LocalDateTime archivedAt) {
		jdbc.sql("UPDATE submission SET archived_at = ? WHERE id = ? AND archived_at IS NULL")
			.params(Timestamp.valueOf(archivedAt), id)
			.update();
	}

	void markWithdrawn(long id, LocalDateTime at) {
		jdbc.sql("UPDATE submission SET state = ?, processed_at = ? WHERE id = ? AND state = 'RECEIVED' AND archived_at IS NULL")
			.params(SubmissionStatus.WITHDRAWN.name(), Timestamp.valueOf(at), id)
			.update();
	}

	/** Archived and not yet read and answered. */
	boolean isToBeRead(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM submission WHERE id = ? AND state = 'RECEIVED' AND archived_at IS NOT NULL")
			.param(id)
			.query(Integer.class)
			.single() > 0;
	}

	/** Recorded, not archived, not withdrawn: what reconciliation looks at. */
	boolean isUnarchived(long id) {
		return jdbc.sql("SELECT COUNT(*) FROM submission WHERE id = ? AND state = 'RECEIVED' AND archived_at IS NULL")
			.param(id)
			.query(Integer.class)
			.single() > 0;
	}

	/** Whether a row already records this archived copy. */
	boolean isRecorded(java.nio.file.Path archivedPath) {
		return jdbc.sql("SELECT COUNT(*) FROM submission WHERE archived_path = ?")
			.param(archivedPath.toString())
			.query(Integer.class)
			.single() > 0;
	}

	/** Recorded files whose archiving a crash or a failure interrupted. */
	List<Unarchived> unarchived() {
		return jdbc.sql("""
				SELECT id, folder, original_name, sha256, archived_path FROM submission
				WHERE state = 'RECEIVED' AND archived_at IS NULL ORDER BY id""")
			.query((rs, n) -> new Unarchived(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					Path.of(rs.getString(5))))
			.list();
	}

	record Unarchived(long id, String folder, String originalName, String sha256, Path archivedPath) {
	}

	/** Every archive path on record, to find archived files a crash left without a row. */
	Set<String> archivedPaths() {
		Set<String> paths = new HashSet<>();
		jdbc.sql("SELECT archived_path FROM submission").query((ResultSet rs) -> {
			paths.add(rs.getString(1));
		});
		return paths;
	}

	/** A submission already recorded for the same drop: same folder, name and bytes, received at the same time. */
	Optional<Long> sameDrop(String folder, String originalName, String sha256, LocalDateTime receivedAt) {
		return jdbc.sql("""
				SELECT id FROM submission WHERE folder = ? AND original_name = ? AND sha256 = ? AND received_at = ?""")
			.params(folder, originalName, sha256, receivedAt)
			.query(Long.class)
			.optional();
	}

	/** The first submission of these bytes from this folder, if they were received before. */
	Optional<Long> firstWithSameBytes(String folder, String sha256) {
		return jdbc.sql("SELECT id FROM submission WHERE folder = ? AND sha256 = ? AND duplicate_of IS NULL ORDER BY id LIMIT 1")
			.params(folder, sha256)
			.query(Long.class)
			.optional();
	}

	/** Received files not yet read, oldest first, after the given id (keyset paging, restart-safe). */
	List<ReceivedFile> received(long afterId, int limit) {
		return jdbc.sql("""
				SELECT id, folder, office_code, original_name, sha256, size_bytes, received_at, archived_path, reingest_of,
					duplicate_of
				FROM submission WHERE state = 'RECEIVED' AND archived_at IS NOT NULL AND id > ? ORDER BY id LIMIT ?""")
			.params(afterId, limit)
			.query((rs, n) -> new ReceivedFile(rs.getLong("id"), rs.getString("folder"), rs.getString("office_code"),
					rs.getString("original_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
					rs.getTimestamp("received_at").toLocalDateTime(), Path.of(rs.getString("archived_path")),
					rs.getObject("reingest_of", Long.class), rs.getObject("duplicate_of", Long.class)))
			.list();
	}

	/**
	 * Stores a chunk's outcomes, in its order, with one batch per statement: each one's
	 * state, period, plan, receipt, accepted items and findings. An office's sheets for the same quarter in the chunk supersede one another in
	 * order, the last one being current, as if stored one by one.
	 */
	void store(List<? extends Outcome> outcomes, LocalDateTime processedAt, Long executionId) {
		Timestamp at = Timestamp.valueOf(processedAt);
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
		List<Object[]> states = new ArrayList<>(outcomes.size());
		List<Object[]> items = new ArrayList<>();
		List<Object[]> findings = new ArrayList<>();
		for (int i = 0; i < outcomes.size(); i++) {
			Outcome outcome = outcomes.get(i);
			long id = outcome.file().id();
			boolean duplicate = outcome.state() == SubmissionStatus.DUPLICATE;
			ReportingPeriod period = duplicate ? null : outcome.validation().period();
			boolean progressAccepted = outcome.state() == SubmissionStatus.ACCEPTED;
			// A review form (REVIEWED, REVIEW_REFUSED) keeps the period it reviews, its findings, no plan and no items.
			String planOffice = progressAccepted ? outcome.validation().plan().officeCode() : null;
			states.add(new Object[] { outcome.state().name(), period == null ? null : period.rocYear(),
					period == null ? null : period.quarter(), planOffice, at,
					outcome.receipt() == null ? null : outcome.receipt().toString(), supersededBy[i], executionId, id });
			if (progressAccepted) {
				outcome.validation().items().forEach(item -> items.add(itemRow(id, item)));
			}
			if (!duplicate) {
				findingRows(id, outcome.validation().findings(), findings);
			}
		}
		batch.batchUpdate("""
				UPDATE submission SET state = ?, roc_year = ?, quarter = ?, plan_office_code = ?, processed_at = ?,
					receipt_path = ?, superseded_by = ?, processed_by_execution = ?
				WHERE id = ?""", states);
		batch.batchUpdate(INSERT_ITEM, items);
		batch.batchUpdate(INSERT_FINDING, findings);
	}

	/** The latest accepted figures of an earlier quarter of the same year, by item code. */
	Map<String, ReportedItem> previousAccepted(String officeCode, ReportingPeriod period) {
		Optional<Long> latest = jdbc.sql("""
				SELECT id FROM submission
				WHERE office_code = ? AND roc_year = ? AND quarter < ? AND state = 'ACCEPTED' AND superseded_by IS NULL
				ORDER BY quarter DESC, id DESC LIMIT 1""")
			.params(officeCode, period.rocYear(), period.quarter())
			.query(Long.class)
			.optional();
		return latest.map(this::items).orElse(Map.of());
	}

	/** A current accepted progress sheet: its office, quarter and submission. */
	record AcceptedQuarter(String officeCode, ReportingPeriod period, long id) {
	}

	/** The current accepted sheets of these offices, every year and quarter, in one query. */
	List<AcceptedQuarter> acceptedQuarters(Collection<String> officeCodes) {
		if (officeCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT office_code, roc_year, quarter, id FROM submission
				WHERE office_code IN (:offices) AND state = 'ACCEPTED' AND superseded_by IS NULL""")
			.param("offices", officeCodes)
			.query((rs, n) -> new AcceptedQuarter(rs.getString(1), new ReportingPeriod(rs.getInt(2), rs.getInt(3)),
					rs.getLong(4)))
			.list();
	}

	/** The current accepted figures for exactly this quarter. */
	Map<String, ReportedItem> accepted(String officeCode, ReportingPeriod period) {
		return jdbc.sql("""
				SELECT id FROM submission
				WHERE office_code = ? AND roc_year = ? AND quarter = ? AND state = 'ACCEPTED' AND superseded_by IS NULL""")
			.params(officeCode, period.rocYear(), period.quarter())
			.query(Long.class)
			.optional()
			.map(this::items)
			.orElse(Map.of());
	}

	Map<String, ReportedItem> items(long submissionId) {
		Map<String, ReportedItem> items = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM submission_item WHERE submission_id = ?")
			.param(submissionId)
			.query((ResultSet rs) -> {
				ReportedItem item = item(rs);
				items.put(item.itemCode(), item);
			});
		return items;
	}

	/** The items of several submissions at once, by submission. */
	Map<Long, Map<String, ReportedItem>> items(Collection<Long> submissionIds) {
		Map<Long, Map<String, ReportedItem>> items = new HashMap<>();
		if (submissionIds.isEmpty()) {
			return items;
		}
		jdbc.sql("SELECT * FROM submission_item WHERE submission_id IN (:ids)")
			.param("ids", submissionIds)
			.query((ResultSet rs) -> {
				ReportedItem item = item(rs);
				items.computeIfAbsent(rs.getLong("submission_id"), id -> new LinkedHashMap<>()).put(item.itemCode(), item);
			});
		return items;
	}

	private static ReportedItem item(ResultSet rs) throws SQLException {
		BigDecimal cumulative = rs.getBigDecimal("cumulative");
		Date completed = rs.getDate("completed_on");
		return new ReportedItem(rs.getString("item_code"), ItemStatus.valueOf(rs.getString("status")),
				cumulative == null ? null : cumulative.stripTrailingZeros(),
				completed == null ? null : completed.toLocalDate(), rs.getString("description"), rs.getString("remark"));
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
