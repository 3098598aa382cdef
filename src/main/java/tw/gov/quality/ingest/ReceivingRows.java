package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The submission rows of a batch of inbox files ({@link InboxBatch}), looked up, recorded and marked
 * archived for the whole batch in one statement each: a handful of round trips per batch, not several
 * per file.
 */
@Repository
class ReceivingRows {

	private final JdbcClient jdbc;

	ReceivingRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A submission already recorded; {@code original} unless it is the duplicate of an earlier one;
	 * {@code answered} once it was read and answered (its inbox file was removed before that).
	 */
	record Recorded(long id, String folder, String originalName, String sha256, LocalDateTime receivedAt,
			boolean original, boolean answered) {
	}

	/** A file to record as received (not yet archived). */
	record NewRow(InboxFile file, String sha256, Path archivedPath, Long duplicateOf, Long reingestOf) {
	}

	/**
	 * Every submission with one of these folders and one of these checksums (a superset of the pairs
	 * asked about, for the caller to match), oldest first.
	 */
	List<Recorded> withBytes(Collection<String> folders, Collection<String> sha256s) {
		if (folders.isEmpty() || sha256s.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT id, folder, original_name, sha256, received_at, duplicate_of, state FROM submission
				WHERE folder IN (:folders) AND sha256 IN (:sha256s) ORDER BY id""")
			.param("folders", List.copyOf(folders))
			.param("sha256s", List.copyOf(sha256s))
			.query((rs, n) -> new Recorded(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getTimestamp(5).toLocalDateTime(), rs.getObject(6) == null,
					answered(SubmissionStatus.of(rs.getString(7)))))
			.list();
	}

	/** Read and answered. */
	private static boolean answered(SubmissionStatus state) {
		return state != null && state != SubmissionStatus.RECEIVED && state != SubmissionStatus.WITHDRAWN;
	}

	/** Records the rows in one statement; returns their ids, in their order. */
	List<Long> insertReceived(List<NewRow> rows) {
		String values = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
		List<Object> params = new ArrayList<>();
		for (NewRow row : rows) {
			InboxFile file = row.file();
			params.addAll(Arrays.asList(file.folder(), file.officeCode(), file.originalName(), row.sha256(),
					file.size(), file.receivedAt(), row.archivedPath().toString(), SubmissionStatus.RECEIVED.name(),
					row.duplicateOf(), row.reingestOf()));
		}
		List<String> paths = new ArrayList<>();
		List<Long> ids = jdbc.sql("""
				INSERT INTO submission (folder, office_code, original_name, sha256, size_bytes, received_at,
					archived_path, state, duplicate_of, reingest_of) VALUES """
				+ String.join(", ", Collections.nCopies(rows.size(), values)) + " RETURNING id, archived_path")
			.params(params)
			.query((rs, n) -> {
				paths.add(rs.getString(2));
				return rs.getLong(1);
			})
			.list();
		if (!paths.equals(rows.stream().map(row -> row.archivedPath().toString()).toList())) {
			throw new IllegalStateException("The database returned the new submissions' ids out of order");
		}
		return ids;
	}

	/** The copies are complete and in place: the files may now leave the inbox and be read. */
	void markArchived(Collection<Long> ids, LocalDateTime archivedAt) {
		if (ids.isEmpty()) {
			return;
		}
		jdbc.sql("UPDATE submission SET archived_at = :archivedAt WHERE id IN (:ids) AND archived_at IS NULL")
			.param("archivedAt", Timestamp.valueOf(archivedAt))
			.param("ids", List.copyOf(ids))
			.update();
	}

}
