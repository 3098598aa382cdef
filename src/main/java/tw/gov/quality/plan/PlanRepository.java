package tw.gov.quality.plan;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Plans as stored in the database; the deadline model is re-derived from the text as written. */
@Repository
class PlanRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	PlanRepository(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** A plan read from its file, to store. */
	record Loaded(Plan plan, String fileName, String sha256) {
	}

	/** The file each stored plan came from, by office and year. */
	Map<PlanKey, String> files() {
		Map<PlanKey, String> files = new HashMap<>();
		jdbc.sql("SELECT office_code, roc_year, file_name FROM plan")
			.query((ResultSet rs) -> {
				files.put(new PlanKey(rs.getString(1), rs.getInt(2)), rs.getString(3));
			});
		return files;
	}

	/**
	 * Stores plans read from their files in one transaction, strategies and items sent as JDBC batches: a
	 * thousand plans after a wiped database load in seconds, not one commit and forty statements each.
	 */
	@Transactional
	void saveAll(List<Loaded> plans) {
		for (Loaded loaded : plans) {
			insert(loaded.plan(), loaded.fileName(), loaded.sha256());
		}
	}

	/** The stored checksum of every plan file by file name, to skip files that have not changed. */
	Map<String, String> checksums() {
		Map<String, String> checksums = new HashMap<>();
		jdbc.sql("SELECT file_name, file_sha256 FROM plan")
			.query((ResultSet rs) -> {
				checksums.put(rs.getString(1), rs.getString(2));
			});
		return checksums;
	}

	/** Replaces the office's plan for that year (and whatever this file held before), items and all. */
	private void insert(Plan plan, String fileName, String sha256) {
		jdbc.sql("DELETE FROM plan WHERE (office_code = ? AND roc_year = ?) OR file_name = ?")
			.params(plan.officeCode(), plan.rocYear(), fileName)
			.update();
		long planId = insertPlanRow(plan, fileName, sha256);
		batch.batchUpdate("INSERT INTO plan_strategy (plan_id, number, title) VALUES (?, ?, ?)", plan.strategies(),
				plan.strategies().size(), (ps, strategy) -> {
					ps.setLong(1, planId);
					ps.setInt(2, strategy.number());
					ps.setString(3, strategy.title());
				});
		List<PlanItem> items = plan.items();
		batch.batchUpdate("""
				INSERT INTO plan_item (plan_id, item_code, seq, strategy, work_item, action, method,
					deadline_text, deadline_kind, deadline_due, deadline_frequency, units, benefit,
					target_quantity, target_unit, target_period, master_item, note)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {

			@Override
			public void setValues(PreparedStatement ps, int seq) throws SQLException {
				Object[] values = itemRow(planId, seq, items.get(seq));
				for (int i = 0; i < values.length; i++) {
					ps.setObject(i + 1, values[i]);
				}
			}

			@Override
			public int getBatchSize() {
				return items.size();
			}

		});
	}

	/** The plan's own row; its generated id. */
	private long insertPlanRow(Plan plan, String fileName, String sha256) {
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO plan (office_code, roc_year, title, source, file_name, file_sha256, loaded_at,
					evaluation_total, evaluation_pass, evaluation_rhythm, evaluation_record_days)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(plan.officeCode(), plan.rocYear(), plan.title(), plan.source(), fileName, sha256,
					LocalDateTime.now(clock), plan.evaluation() == null ? null : plan.evaluation().totalPoints(),
					plan.evaluation() == null ? null : plan.evaluation().passLine(),
					plan.evaluation() == null ? null : plan.evaluation().rhythm(),
					plan.evaluation() == null ? null : plan.evaluation().recordDueDays())
			.update(key);
		return key.getKey().longValue();
	}

	/** A plan_item row's values, in the order of its INSERT. */
	private static Object[] itemRow(long planId, int seq, PlanItem item) {
		Deadline deadline = item.deadline();
		Target target = item.target();
		return new Object[] { planId, item.code(), seq, item.strategy(), item.workItem(), item.action(), item.method(),
				deadline.text(), kind(deadline), deadline instanceof Deadline.Fixed fixed ? fixed.due() : null,
				deadline instanceof Deadline.Recurring recurring ? recurring.frequency().name() : null,
				String.join("\n", item.units()), item.benefit(), target == null ? null : target.quantity(),
				target == null ? null : target.unit(), target == null ? null : target.period().name(), item.masterItem(),
				item.note() };
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
		jdbc.sql("SELECT * FROM plan_item WHERE plan_id IN (" + ids + ") ORDER BY plan_id, seq")
			.params(idParams)
			.query((ResultSet rs) -> {
				items.computeIfAbsent(rs.getLong("plan_id"), id -> new ArrayList<>()).add(item(rs, rocYear));
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
		return jdbc.sql("SELECT * FROM plan_item WHERE plan_id = ? ORDER BY seq")
			.param(planId)
			.query((rs, n) -> item(rs, rocYear))
			.list();
	}

	private static PlanItem item(ResultSet rs, int rocYear) throws SQLException {
		int quantity = rs.getInt("target_quantity");
		Target target = rs.wasNull() ? null
				: new Target(quantity, rs.getString("target_unit"), Frequency.valueOf(rs.getString("target_period")));
		String units = rs.getString("units");
		return new PlanItem(rs.getString("item_code"), rs.getInt("strategy"), rs.getString("work_item"),
				rs.getString("action"), rs.getString("method"), DeadlineParser.parse(rs.getString("deadline_text"), rocYear),
				units.isEmpty() ? List.of() : Arrays.asList(units.split("\n")), rs.getString("benefit"), target,
				rs.getString("master_item"), rs.getString("note"));
	}

	private static String kind(Deadline deadline) {
		// Java 17: no pattern matching for switch yet.
		if (deadline instanceof Deadline.Fixed) {
			return "FIXED";
		}
		if (deadline instanceof Deadline.Recurring) {
			return "RECURRING";
		}
		if (deadline instanceof Deadline.Continuous) {
			return "CONTINUOUS";
		}
		return (deadline instanceof Deadline.None) ? "NONE" : "UNRECOGNIZED";
	}

}
