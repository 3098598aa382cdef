package tw.gov.quality.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Archived files put back into an inbox folder by an administrator, waiting to be received again. */
@Repository
class ReingestRequests {

	private final JdbcClient jdbc;

	ReingestRequests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param receivedAt the source's received time, which the new submission keeps */
	record Request(long id, String folder, String name, long sourceSubmissionId, LocalDateTime receivedAt) {
	}

	long insert(String folder, String name, long sourceSubmissionId, LocalDateTime receivedAt, String requestedBy,
			LocalDateTime requestedAt) {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO reingest_request (inbox_folder, inbox_name, source_submission_id, received_at,
					requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?)""")
			.params(folder, name, sourceSubmissionId, Timestamp.valueOf(receivedAt), requestedBy,
					Timestamp.valueOf(requestedAt))
			.update(key);
		return key.getKey().longValue();
	}

	/** The request for a file in the inbox, received or not (a rerun after a crash finds it again). */
	Optional<Request> find(String folder, String name) {
		return jdbc.sql("""
				SELECT id, inbox_folder, inbox_name, source_submission_id, received_at FROM reingest_request
				WHERE inbox_folder = ? AND inbox_name = ? ORDER BY id DESC LIMIT 1""")
			.params(folder, name)
			.query(ReingestRequests::request)
			.optional();
	}

	/**
	 * {@link #find} for several inbox files at once, in one query: each file's latest request, by its
	 * folder and name.
	 */
	Map<InboxFile.Name, Request> findAll(Collection<InboxFile> files) {
		Map<InboxFile.Name, Request> found = new HashMap<>();
		if (files.isEmpty()) {
			return found;
		}
		Set<InboxFile.Name> asked = files.stream().map(InboxFile::name).collect(Collectors.toSet());
		jdbc.sql("""
				SELECT id, inbox_folder, inbox_name, source_submission_id, received_at FROM reingest_request
				WHERE inbox_folder IN (:folders) AND inbox_name IN (:names) ORDER BY id""")
			.param("folders", asked.stream().map(InboxFile.Name::folder).distinct().toList())
			.param("names", asked.stream().map(InboxFile.Name::name).distinct().toList())
			.query(ReingestRequests::request)
			.list()
			.forEach(request -> {
				InboxFile.Name name = new InboxFile.Name(request.folder(), request.name());
				if (asked.contains(name)) {
					found.put(name, request);
				}
			});
		return found;
	}

	private static Request request(ResultSet rs, int row) throws SQLException {
		return new Request(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
				rs.getTimestamp(5).toLocalDateTime());
	}

	void received(long requestId, long submissionId) {
		jdbc.sql("UPDATE reingest_request SET submission_id = ? WHERE id = ?").params(submissionId, requestId).update();
	}

	Optional<Long> submissionOf(long requestId) {
		return jdbc.sql("SELECT submission_id FROM reingest_request WHERE id = ? AND submission_id IS NOT NULL")
			.param(requestId)
			.query(Long.class)
			.optional();
	}

}
