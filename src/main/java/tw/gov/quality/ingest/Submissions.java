package tw.gov.quality.ingest;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.ReportedItem;
import tw.gov.quality.validation.Rule;

/** What offices have submitted, for reports and the calendar: read-only. */
@Component
public class Submissions {

	private final JdbcClient jdbc;

	private final SubmissionRepository repository;

	Submissions(JdbcClient jdbc, SubmissionRepository repository) {
		this.jdbc = jdbc;
		this.repository = repository;
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
			return new Accepted(id, (LocalDateTime) row[1], repository.items(id), warnings(id));
		});
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

	/** Files received and archived but not yet read. */
	public long pending() {
		return jdbc.sql("SELECT COUNT(*) FROM submission WHERE state = 'RECEIVED'").query(Long.class).single();
	}

	/** Every accepted or refused submission the quarter's report used, for a manifest. */
	public List<String> describe(List<Long> ids) {
		List<String> lines = new ArrayList<>();
		for (Long id : ids) {
			jdbc.sql("SELECT id, office_code, original_name, sha256, received_at FROM submission WHERE id = ?")
				.param(id)
				.query((rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4)
						+ " " + rs.getTimestamp(5).toLocalDateTime())
				.optional()
				.ifPresent(lines::add);
		}
		return lines;
	}

	private Map<String, List<Finding>> warnings(long submissionId) {
		Map<String, List<Finding>> warnings = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT rule_code, cell, item_code, message, fix FROM submission_finding
				WHERE submission_id = ? AND severity = 'WARNING' ORDER BY seq""")
			.param(submissionId)
			.query((rs, n) -> new Finding(Rule.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list()
			.forEach(finding -> warnings.computeIfAbsent(finding.itemCode(), code -> new ArrayList<>()).add(finding));
		return warnings;
	}

}
