package tw.gov.quality.ingest;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.progress.ItemStatus;
import tw.gov.quality.validation.ReportedItem;

/** The items of accepted progress sheets: the figures the next sheet is checked against and the next template shows. */
@Repository
class AcceptedItems {

	private final JdbcClient jdbc;

	AcceptedItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest accepted figures of an earlier quarter of the same year, by item code. */
	Map<String, ReportedItem> previousAccepted(String officeCode, ReportingPeriod period) {
		return previousAccepted(officeCode, period, 0);
	}

	/** {@link #previousAccepted(String, ReportingPeriod)} among the quarters after {@code afterQuarter} only. */
	Map<String, ReportedItem> previousAccepted(String officeCode, ReportingPeriod period, int afterQuarter) {
		Optional<Long> latest = jdbc.sql("""
				SELECT id FROM submission
				WHERE office_code = ? AND roc_year = ? AND quarter > ? AND quarter < ? AND state = 'ACCEPTED'
					AND superseded_by IS NULL
				ORDER BY quarter DESC, id DESC LIMIT 1""")
			.params(officeCode, period.rocYear(), afterQuarter, period.quarter())
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

}
