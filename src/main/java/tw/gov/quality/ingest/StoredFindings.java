package tw.gov.quality.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.validation.Finding;
import tw.gov.quality.validation.Rule;

/** The findings recorded for submissions, read back for receipts, reports and the console. */
final class StoredFindings {

	private final JdbcClient jdbc;

	StoredFindings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every finding of a submission, errors and warnings, in the order of the receipt. */
	List<Finding> all(long submissionId) {
		return jdbc.sql("""
				SELECT rule_code, cell, item_code, message, fix FROM submission_finding
				WHERE submission_id = ? ORDER BY seq""")
			.param(submissionId)
			.query((rs, n) -> finding(rs, 1))
			.list();
	}

	/** The warnings of each submission, by item code. */
	Map<Long, Map<String, List<Finding>>> warnings(Collection<Long> submissionIds) {
		Map<Long, Map<String, List<Finding>>> warnings = new HashMap<>();
		if (submissionIds.isEmpty()) {
			return warnings;
		}
		jdbc.sql("""
				SELECT submission_id, rule_code, cell, item_code, message, fix FROM submission_finding
				WHERE submission_id IN (:ids) AND severity = 'WARNING' ORDER BY submission_id, seq""")
			.param("ids", submissionIds)
			.query((ResultSet rs) -> {
				Finding finding = finding(rs, 2);
				warnings.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
					.computeIfAbsent(finding.itemCode(), code -> new ArrayList<>())
					.add(finding);
			});
		return warnings;
	}

	/** The warnings of a submission, by item code. */
	Map<String, List<Finding>> warnings(long submissionId) {
		Map<String, List<Finding>> warnings = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT rule_code, cell, item_code, message, fix FROM submission_finding
				WHERE submission_id = ? AND severity = 'WARNING' ORDER BY seq""")
			.param(submissionId)
			.query((rs, n) -> finding(rs, 1))
			.list()
			.forEach(finding -> warnings.computeIfAbsent(finding.itemCode(), code -> new ArrayList<>()).add(finding));
		return warnings;
	}

	/** The finding whose rule code is in column {@code first}, followed by cell, item code, message and fix. */
	private static Finding finding(ResultSet rs, int first) throws SQLException {
		return new Finding(Rule.valueOf(rs.getString(first)), rs.getString(first + 1), rs.getString(first + 2),
				rs.getString(first + 3), rs.getString(first + 4));
	}

}
