package tw.gov.quality.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.calendar.ReportingPeriod;

/** Submissions as the console lists them: one {@link SubmissionRecord} a file, with its counts of findings. */
final class SubmissionRecords {

	private final JdbcClient jdbc;

	SubmissionRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static final String RECORD_COLUMNS = """
			SELECT s.id, s.folder, s.office_code, s.original_name, s.sha256, s.size_bytes, s.received_at, s.state,
				s.roc_year, s.quarter, s.duplicate_of, s.superseded_by, s.processed_at, s.receipt_path, s.reingest_of,
				(SELECT COUNT(*) FROM submission_finding f WHERE f.submission_id = s.id AND f.severity = 'ERROR') AS errors,
				(SELECT COUNT(*) FROM submission_finding f WHERE f.submission_id = s.id AND f.severity = 'WARNING') AS warnings
			FROM submission s""";

	/** Every file the office's folder brought, newest first: every version, duplicates and refusals included. */
	List<SubmissionRecord> history(String officeCode) {
		return jdbc.sql(RECORD_COLUMNS + " WHERE s.office_code = ? ORDER BY s.received_at DESC, s.id DESC")
			.param(officeCode)
			.query((rs, n) -> record(rs))
			.list();
	}

	/** Files from the inbox root or a folder that is no office's, newest first. */
	List<SubmissionRecord> unassigned() {
		return jdbc.sql(RECORD_COLUMNS + " WHERE s.office_code IS NULL ORDER BY s.received_at DESC, s.id DESC")
			.query((rs, n) -> record(rs))
			.list();
	}

	Optional<SubmissionRecord> find(long id) {
		return jdbc.sql(RECORD_COLUMNS + " WHERE s.id = ?").param(id).query((rs, n) -> record(rs)).optional();
	}

	/**
	 * The office's latest refused file for the quarter up to {@code asOf} (one whose period could not be
	 * read counts for the quarter being reported when it arrived), as {@link #refused} sees it.
	 */
	Optional<SubmissionRecord> latestRefused(String officeCode, ReportingPeriod period, LocalDateTime asOf) {
		return jdbc.sql(RECORD_COLUMNS + """
				 WHERE s.office_code = ? AND s.state = 'REFUSED' AND s.received_at <= ?
				AND ((s.roc_year = ? AND s.quarter = ?) OR (s.roc_year IS NULL AND s.received_at > ?))
				ORDER BY s.received_at DESC, s.id DESC LIMIT 1""")
			.params(officeCode, Timestamp.valueOf(asOf), period.rocYear(), period.quarter(),
					Timestamp.valueOf(period.lastDay().atStartOfDay()))
			.query((rs, n) -> record(rs))
			.optional();
	}

	private static SubmissionRecord record(ResultSet rs) throws SQLException {
		Timestamp processed = rs.getTimestamp("processed_at");
		return new SubmissionRecord(rs.getLong("id"), rs.getString("folder"), rs.getString("office_code"),
				rs.getString("original_name"), rs.getString("sha256"), rs.getLong("size_bytes"),
				rs.getTimestamp("received_at").toLocalDateTime(), rs.getString("state"),
				rs.getObject("roc_year", Integer.class), rs.getObject("quarter", Integer.class),
				rs.getObject("duplicate_of", Long.class), rs.getObject("superseded_by", Long.class),
				processed == null ? null : processed.toLocalDateTime(), rs.getString("receipt_path") != null,
				rs.getInt("errors"), rs.getInt("warnings"), rs.getObject("reingest_of", Long.class));
	}

}
