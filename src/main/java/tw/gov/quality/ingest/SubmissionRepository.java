package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;


/**
 * Submissions as they are received and read: recorded, archived, withdrawn, paged for reading. Their
 * outcomes are stored by {@link OutcomeStore}, their accepted items read by {@link AcceptedItems}.
 */
@Repository
class SubmissionRepository {

	private final JdbcClient jdbc;

	SubmissionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An archived file found without a row (a crash before this version recorded first): recorded as archived.
	 * Files received from the inbox are recorded a batch at a time ({@link ReceivingRows}).
	 */
	long insertArchived(String folder, String officeCode, String originalName, String sha256, long size,
			LocalDateTime receivedAt, Path archivedPath, Long duplicateOf, LocalDateTime archivedAt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO submission (folder, office_code, original_name, sha256, size_bytes, received_at,
					archived_path, state, duplicate_of, archived_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(folder, officeCode, originalName, sha256, size, receivedAt, archivedPath.toString(),
					SubmissionStatus.RECEIVED.name(), duplicateOf, Timestamp.valueOf(archivedAt))
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

	/** Which of these are archived and not yet read and answered. */
	Set<Long> toBeRead(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT id FROM submission WHERE id IN (:ids) AND state = 'RECEIVED' AND archived_at IS NOT NULL""")
			.param("ids", ids)
			.query(Long.class)
			.list());
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

}
