package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.ReportedItem;

/** What offices have submitted, for reports and the calendar: read-only. */
@Component
public class Submissions {

	private final JdbcClient jdbc;

	private final AcceptedItems repository;

	private final SubmissionRecords records;

	private final StoredFindings findings;

	Submissions(JdbcClient jdbc, AcceptedItems repository) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.records = new SubmissionRecords(jdbc);
		this.findings = new StoredFindings(jdbc);
	}

	/**
	 * The office's current accepted sheet for the quarter, as it stood at {@code asOf}.
	 *
	 * @param warnings the warnings found on each item, by item code
	 */
	public record Accepted(long id, LocalDateTime receivedAt, Map<String, ReportedItem> items,
			Map<String, List<Finding>> warnings) {
	}

	public Optional<Accepted> accepted(String officeCode, ReportingPeriod period, LocalDateTime asOf) {
		Optional<Object[]> latest = jdbc.sql("""
				SELECT id, received_at FROM submission
				WHERE office_code = ? AND roc_year = ? AND quarter = ? AND state = 'ACCEPTED' AND received_at <= ?
				ORDER BY received_at DESC, id DESC LIMIT 1""")
			.params(officeCode, period.rocYear(), period.quarter(), Timestamp.valueOf(asOf))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getTimestamp(2).toLocalDateTime() })
			.optional();
		return latest.map(row -> {
			long id = (Long) row[0];
			return new Accepted(id, (LocalDateTime) row[1], repository.items(id), findings.warnings(id));
		});
	}

	/**
	 * {@link #accepted(String, ReportingPeriod, LocalDateTime)} for several offices in three queries,
	 * for reports that read thousands of offices a page at a time.
	 *
	 * @return by office code; offices with no accepted sheet are absent
	 */
	public Map<String, Accepted> accepted(Collection<String> officeCodes, ReportingPeriod period, LocalDateTime asOf) {
		Map<String, Object[]> latest = new LinkedHashMap<>();
		if (officeCodes.isEmpty()) {
			return Map.of();
		}
		jdbc.sql("""
				SELECT office_code, id, received_at FROM submission
				WHERE office_code IN (:offices) AND roc_year = :year AND quarter = :quarter AND state = 'ACCEPTED'
				AND received_at <= :asOf
				ORDER BY office_code, received_at DESC, id DESC""")
			.param("offices", officeCodes)
			.param("year", period.rocYear())
			.param("quarter", period.quarter())
			.param("asOf", Timestamp.valueOf(asOf))
			.query((ResultSet rs) -> {
				latest.putIfAbsent(rs.getString(1), new Object[] { rs.getLong(2), rs.getTimestamp(3).toLocalDateTime() });
			});
		List<Long> ids = latest.values().stream().map(row -> (Long) row[0]).toList();
		Map<Long, Map<String, ReportedItem>> items = repository.items(ids);
		Map<Long, Map<String, List<Finding>>> warnings = findings.warnings(ids);
		Map<String, Accepted> accepted = new HashMap<>();
		latest.forEach((office, row) -> {
			long id = (Long) row[0];
			accepted.put(office, new Accepted(id, (LocalDateTime) row[1], items.getOrDefault(id, Map.of()),
					warnings.getOrDefault(id, Map.of())));
		});
		return accepted;
	}

	/** {@link #refused(String, ReportingPeriod, LocalDateTime)} for several offices in one query: those that did. */
	public Set<String> refused(Collection<String> officeCodes, ReportingPeriod period, LocalDateTime asOf) {
		if (officeCodes.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				SELECT DISTINCT office_code FROM submission
				WHERE office_code IN (:offices) AND state = 'REFUSED' AND received_at <= :asOf
				AND ((roc_year = :year AND quarter = :quarter) OR (roc_year IS NULL AND received_at > :quarterEnd))""")
			.param("offices", officeCodes)
			.param("asOf", Timestamp.valueOf(asOf))
			.param("year", period.rocYear())
			.param("quarter", period.quarter())
			.param("quarterEnd", Timestamp.valueOf(period.lastDay().atStartOfDay()))
			.query(String.class)
			.list());
	}

	/** Whether the office sent only refused files for the quarter up to {@code asOf}. */
	public boolean refused(String officeCode, ReportingPeriod period, LocalDateTime asOf) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM submission
				WHERE office_code = ? AND state = 'REFUSED' AND received_at <= ?
				AND ((roc_year = ? AND quarter = ?) OR (roc_year IS NULL AND received_at > ?))""")
			.params(officeCode, Timestamp.valueOf(asOf), period.rocYear(), period.quarter(),
					Timestamp.valueOf(period.lastDay().atStartOfDay()))
			.query(Integer.class)
			.single() > 0;
	}

	/** Where the archived original and the receipt of a submission are, as recorded. */
	public record StoredFiles(long id, String officeCode, String originalName, Path archived, Path receipt) {
	}

	public Optional<StoredFiles> files(long id) {
		return jdbc.sql("SELECT id, office_code, original_name, archived_path, receipt_path FROM submission WHERE id = ?")
			.param(id)
			.query((rs, n) -> new StoredFiles(rs.getLong(1), rs.getString(2), rs.getString(3), Path.of(rs.getString(4)),
					rs.getString(5) == null ? null : Path.of(rs.getString(5))))
			.optional();
	}

	/** Every file the office's folder brought, newest first: every version, duplicates and refusals included. */
	public List<SubmissionRecord> history(String officeCode) {
		return records.history(officeCode);
	}

	/** Files from the inbox root or a folder that is no office's, newest first. */
	public List<SubmissionRecord> unassigned() {
		return records.unassigned();
	}

	public Optional<SubmissionRecord> find(long id) {
		return records.find(id);
	}

	/**
	 * The office's latest refused file for the quarter up to {@code asOf} (one whose period could not be
	 * read counts for the quarter being reported when it arrived), as {@link #refused} sees it.
	 */
	public Optional<SubmissionRecord> latestRefused(String officeCode, ReportingPeriod period, LocalDateTime asOf) {
		return records.latestRefused(officeCode, period, asOf);
	}

	/** Every finding of a submission, errors and warnings, in the order of the receipt. */
	public List<Finding> findings(long submissionId) {
		return findings.all(submissionId);
	}

	/** Files received and archived but not yet read. */
	public long pending() {
		return jdbc.sql("SELECT COUNT(*) FROM submission WHERE state = 'RECEIVED'").query(Long.class).single();
	}

	/** Every accepted or refused submission the quarter's report used, for a manifest. */
	public List<String> describe(List<Long> ids) {
		Map<Long, String> lines = new HashMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			jdbc.sql("SELECT id, office_code, original_name, sha256, received_at FROM submission WHERE id IN (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.query((ResultSet rs) -> {
					lines.put(rs.getLong(1), rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
							+ rs.getString(4) + " " + rs.getTimestamp(5).toLocalDateTime());
				});
		}
		// In the order asked for, a page of ids a query.
		return ids.stream().map(lines::get).filter(line -> line != null).toList();
	}

}
