package tw.gov.quality.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Plans as stored in the database, read back; the deadline model is re-derived from the text as written
 * ({@link PlanStore} stores them).
 */
@Repository
class PlanRepository {

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Plan> find(String officeCode, int rocYear) {
		return jdbc.sql("""
				SELECT id, title, source, evaluation_total, evaluation_pass, evaluation_rhythm, evaluation_record_days
				FROM plan WHERE office_code = ? AND roc_year = ?""")
			.params(officeCode, rocYear)
			.query((rs, n) -> new Plan(officeCode, rocYear, rs.getString("title"), rs.getString("source"),
					strategies(rs.getLong("id")), items(rs.getLong("id"), rocYear),
					rs.getBigDecimal("evaluation_total") == null ? null
							: new Evaluation(rs.getBigDecimal("evaluation_total").stripTrailingZeros(),
									rs.getBigDecimal("evaluation_pass").stripTrailingZeros(), rs.getString("evaluation_rhythm"),
									rs.getObject("evaluation_record_days", Integer.class))))
			.optional();
	}

	/**
	 * The plans of these offices for the year, in three queries whatever their number; an office
	 * without a plan that year is absent from the result.
	 */
	Map<String, Plan> findAll(Collection<String> officeCodes, int rocYear) {
		if (officeCodes.isEmpty()) {
			return Map.of();
		}
		String in = String.join(", ", Collections.nCopies(officeCodes.size(), "?"));
		List<Object> params = new ArrayList<>(officeCodes);
		params.add(rocYear);
		Map<Long, Object[]> heads = new LinkedHashMap<>();
		jdbc.sql("SELECT id, office_code, title, source FROM plan WHERE office_code IN (" + in + ") AND roc_year = ?")
			.params(params)
			.query((ResultSet rs) -> {
				heads.put(rs.getLong(1), new Object[] { rs.getString(2), rs.getString(3), rs.getString(4) });
			});
		if (heads.isEmpty()) {
			return Map.of();
		}
		String ids = String.join(", ", Collections.nCopies(heads.size(), "?"));
		List<Object> idParams = new ArrayList<>(heads.keySet());
		Map<Long, List<Strategy>> strategies = new HashMap<>();
		jdbc.sql("SELECT plan_id, number, title FROM plan_strategy WHERE plan_id IN (" + ids + ") ORDER BY plan_id, number")
			.params(idParams)
			.query((ResultSet rs) -> {
				strategies.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Strategy(rs.getInt(2), rs.getString(3)));
			});
		Map<Long, List<PlanItem>> items = new HashMap<>();
		jdbc.sql("SELECT " + ITEM_COLUMNS + ", plan_id FROM plan_item WHERE plan_id IN (" + ids + ") ORDER BY plan_id, seq")
			.params(idParams)
			.query((ResultSet rs) -> {
				items.computeIfAbsent(rs.getLong(14), id -> new ArrayList<>()).add(item(rs, rocYear));
			});
		Map<String, Plan> plans = new HashMap<>();
		heads.forEach((id, head) -> plans.put((String) head[0], new Plan((String) head[0], rocYear, (String) head[1],
				(String) head[2], strategies.getOrDefault(id, List.of()), items.getOrDefault(id, List.of()))));
		return plans;
	}

	/** Office code and year of every stored plan. */
	List<PlanKey> keys() {
		return jdbc.sql("SELECT office_code, roc_year FROM plan ORDER BY roc_year, office_code")
			.query((rs, n) -> new PlanKey(rs.getString(1), rs.getInt(2)))
			.list();
	}

	private List<Strategy> strategies(long planId) {
		return jdbc.sql("SELECT number, title FROM plan_strategy WHERE plan_id = ? ORDER BY number")
			.param(planId)
			.query((rs, n) -> new Strategy(rs.getInt(1), rs.getString(2)))
			.list();
	}

	private List<PlanItem> items(long planId, int rocYear) {
		return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM plan_item WHERE plan_id = ? ORDER BY seq")
			.param(planId)
			.query((rs, n) -> item(rs, rocYear))
			.list();
	}

	/** The columns {@link #item} reads, by position: a thousand plans are forty thousand rows. */
	private static final String ITEM_COLUMNS = "item_code, strategy, work_item, action, method, deadline_text, units, "
			+ "benefit, target_quantity, target_unit, target_period, master_item, note";

	private static PlanItem item(ResultSet rs, int rocYear) throws SQLException {
		int quantity = rs.getInt(9);
		Target target = rs.wasNull() ? null : new Target(quantity, rs.getString(10), Frequency.valueOf(rs.getString(11)));
		String units = rs.getString(7);
		Deadline deadline = DeadlineParser.parse(rs.getString(6), rocYear);
		return new PlanItem(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), deadline,
				units.isEmpty() ? List.of() : Arrays.asList(units.split("\n")), rs.getString(8), target, rs.getString(12),
				rs.getString(13));
	}

}
