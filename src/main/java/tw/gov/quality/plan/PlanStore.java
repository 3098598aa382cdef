package tw.gov.quality.plan;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores plans read from their files, with the file and its checksum each came from ({@link PlanRepository} reads
 * them back).
 */
@Repository
class PlanStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	PlanStore(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** A plan read from its file, to store; the file's size and time kept only when settled. */
	record Loaded(Plan plan, String fileName, String sha256, PlanFileStat stat) {
	}

	/** What is stored of a plan file: its checksum, and its size and time when they can be trusted. */
	record StoredFile(String sha256, Long size, Long modified) {
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
			insert(loaded);
		}
	}

	/** What is stored of every plan file by file name, to skip files that have not changed. */
	Map<String, StoredFile> storedFiles() {
		Map<String, StoredFile> stored = new HashMap<>();
		jdbc.sql("SELECT file_name, file_sha256, file_size, file_modified FROM plan")
			.query((ResultSet rs) -> {
				stored.put(rs.getString(1),
						new StoredFile(rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, Long.class)));
			});
		return stored;
	}

	/** Notes the size and time of settled files found unchanged by their checksum, so that they are not read again. */
	void settled(Map<String, PlanFileStat> stats) {
		batch.batchUpdate("UPDATE plan SET file_size = ?, file_modified = ? WHERE file_name = ?",
				List.copyOf(stats.entrySet()), stats.size(), (ps, entry) -> {
					ps.setLong(1, entry.getValue().size());
					ps.setLong(2, entry.getValue().modified());
					ps.setString(3, entry.getKey());
				});
	}

	/** Replaces the office's plan for that year (and whatever this file held before), items and all. */
	private void insert(Loaded loaded) {
		Plan plan = loaded.plan();
		jdbc.sql("DELETE FROM plan WHERE (office_code = ? AND roc_year = ?) OR file_name = ?")
			.params(plan.officeCode(), plan.rocYear(), loaded.fileName())
			.update();
		long planId = insertPlanRow(loaded);
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
	private long insertPlanRow(Loaded loaded) {
		Plan plan = loaded.plan();
		PlanFileStat stat = loaded.stat() != null && loaded.stat().settled() ? loaded.stat() : null;
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO plan (office_code, roc_year, title, source, file_name, file_sha256, file_size, file_modified,
					loaded_at, evaluation_total, evaluation_pass, evaluation_rhythm, evaluation_record_days)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(plan.officeCode(), plan.rocYear(), plan.title(), plan.source(), loaded.fileName(), loaded.sha256(),
					stat == null ? null : stat.size(), stat == null ? null : stat.modified(), LocalDateTime.now(clock),
					plan.evaluation() == null ? null : plan.evaluation().totalPoints(),
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
