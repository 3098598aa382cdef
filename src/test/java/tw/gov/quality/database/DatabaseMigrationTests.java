package tw.gov.quality.database;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The start-up migration on a schema of its own (on the test server), put in the states an
 * interrupted or older start leaves: each time, the start must complete with every table there.
 */
@IntegrationTest
class DatabaseMigrationTests {

	private static final AtomicInteger schemas = new AtomicInteger();

	@Autowired
	EmbeddedMariaDb mariaDb;

	private final DatabaseMigration migration = new DatabaseMigration();

	private String schema;

	private DriverManagerDataSource dataSource;

	private JdbcClient jdbc;

	@BeforeEach
	void freshSchema() {
		schema = "migration_test_" + schemas.incrementAndGet();
		dataSource = new DriverManagerDataSource(mariaDb.jdbcUrl(schema), "root", "");
		jdbc = JdbcClient.create(dataSource);
	}

	@AfterEach
	void dropSchema() {
		jdbc.sql("DROP DATABASE IF EXISTS " + schema).update();
	}

	@Test
	void aFreshSchemaGetsEveryMigration() {
		migration.migrate(flyway());

		assertCompleteSchema();
	}

	/**
	 * What a MariaDB Galera cluster needs of every table: a primary key (rows without one replicate
	 * badly and innodb_force_primary_key refuses them) and InnoDB (the only replicated engine); and of a
	 * sequence, INCREMENT BY 0, so that two nodes drawing ids at once never collide.
	 */
	@Test
	void everyTableIsFitForAGaleraCluster() {
		migration.migrate(flyway());

		List<String> withoutPrimaryKey = jdbc.sql("""
				SELECT t.table_name FROM information_schema.tables t
				WHERE t.table_schema = ? AND t.table_type = 'BASE TABLE' AND NOT EXISTS (
					SELECT 1 FROM information_schema.table_constraints c
					WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
						AND c.constraint_type = 'PRIMARY KEY')""")
			.param(schema)
			.query(String.class)
			.list();
		assertThat(withoutPrimaryKey).isEmpty();
		List<String> notInnoDb = jdbc.sql("""
				SELECT table_name FROM information_schema.tables
				WHERE table_schema = ? AND table_type IN ('BASE TABLE', 'SEQUENCE') AND engine <> 'InnoDB'""")
			.param(schema)
			.query(String.class)
			.list();
		assertThat(notInnoDb).isEmpty();
		List<String> sequences = jdbc.sql(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'SEQUENCE'")
			.param(schema)
			.query(String.class)
			.list();
		assertThat(sequences).hasSize(3);
		for (String sequence : sequences) {
			assertThat(jdbc.sql("SELECT increment FROM " + schema + "." + sequence).query(Long.class).single())
				.as(sequence)
				.isZero();
		}
		// Spring Batch still numbers its executions on one server.
		long first = jdbc.sql("SELECT NEXTVAL(" + schema + ".BATCH_JOB_EXECUTION_SEQ)").query(Long.class).single();
		long second = jdbc.sql("SELECT NEXTVAL(" + schema + ".BATCH_JOB_EXECUTION_SEQ)").query(Long.class).single();
		assertThat(second).isGreaterThan(first);
	}

	@Test
	void aStartKilledDuringTheQuartzMigrationIsFinishedByTheNextOne() {
		// What a SIGKILL in the middle of V2 leaves: V1 recorded, some Quartz tables and indexes, no V2 row.
		Flyway flyway = flyway();
		Flyway.configure().configuration(flyway.getConfiguration()).target("1").load().migrate();
		jdbc.sql("CREATE TABLE QRTZ_JOB_DETAILS (SCHED_NAME VARCHAR(120) NOT NULL, JOB_NAME VARCHAR(190) NOT NULL, "
				+ "JOB_GROUP VARCHAR(190) NOT NULL, DESCRIPTION VARCHAR(250) NULL, JOB_CLASS_NAME VARCHAR(250) NOT NULL, "
				+ "IS_DURABLE VARCHAR(1) NOT NULL, IS_NONCONCURRENT VARCHAR(1) NOT NULL, IS_UPDATE_DATA VARCHAR(1) NOT NULL, "
				+ "REQUESTS_RECOVERY VARCHAR(1) NOT NULL, JOB_DATA BLOB NULL, PRIMARY KEY (SCHED_NAME,JOB_NAME,JOB_GROUP)) "
				+ "ENGINE=InnoDB").update();
		jdbc.sql("CREATE INDEX IDX_QRTZ_J_GRP ON QRTZ_JOB_DETAILS(SCHED_NAME,JOB_GROUP)").update();

		migration.migrate(flyway);

		assertCompleteSchema();
	}

	@Test
	void aHistoryLeftWithAFailedMigrationIsRepairedAndMigratedAgain() {
		// What the next start of an earlier version made of that: V2 recorded as failed, which stopped every start.
		Flyway flyway = flyway();
		Flyway.configure().configuration(flyway.getConfiguration()).target("1").load().migrate();
		jdbc.sql("CREATE TABLE QRTZ_LOCKS (SCHED_NAME VARCHAR(120) NOT NULL, LOCK_NAME VARCHAR(40) NOT NULL, "
				+ "PRIMARY KEY (SCHED_NAME,LOCK_NAME)) ENGINE=InnoDB").update();
		jdbc.sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
				+ "installed_by, installed_on, execution_time, success) "
				+ "VALUES (2, '2', 'quartz', 'SQL', 'V2__quartz.sql', -1461855203, 'root', NOW(), 12, 0)").update();
		assertThatExceptionOfType(FlywayValidateException.class).as("what every start did before")
			.isThrownBy(flyway::migrate);

		migration.migrate(flyway);

		assertCompleteSchema();
	}

	@Test
	void aDatabaseMigratedByTheEarlierMigrationFilesStillStarts() {
		Flyway flyway = flyway();
		flyway.migrate();
		DatabaseMigration.REWRITTEN.forEach((version, checksum) -> jdbc
			.sql("UPDATE flyway_schema_history SET checksum = ? WHERE version = ?")
			.params(checksum, version)
			.update());

		migration.migrate(flyway);

		assertCompleteSchema();
		assertThat(flyway.info().applied()).allMatch(MigrationInfo::isChecksumMatching);
	}

	@Test
	void anAppliedMigrationEditedOtherwiseStillStopsTheStart() {
		Flyway flyway = flyway();
		flyway.migrate();
		jdbc.sql("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '3'").update();

		assertThatExceptionOfType(FlywayValidateException.class).isThrownBy(() -> migration.migrate(flyway))
			.withMessageContaining("checksum mismatch");
	}

	private Flyway flyway() {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
	}

	private static int migrationFiles() {
		try {
			return new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
				.getResources("classpath:db/migration/V*.sql").length;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private void assertCompleteSchema() {
		List<Boolean> successes = jdbc.sql("SELECT success FROM flyway_schema_history WHERE version IS NOT NULL")
			.query(Boolean.class)
			.list();
		assertThat(successes).hasSize(migrationFiles()).containsOnly(true);
		List<String> tables = jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = ?")
			.param(schema)
			.query(String.class)
			.list();
		assertThat(tables).contains("batch_job_instance", "qrtz_job_details", "qrtz_triggers", "qrtz_locks",
				"qrtz_fired_triggers", "plan_item", "submission", "deadline_check", "audit_log", "reingest_request");
		Integer quartzIndexes = jdbc.sql("SELECT COUNT(DISTINCT index_name) FROM information_schema.statistics "
				+ "WHERE table_schema = ? AND index_name LIKE 'IDX_QRTZ%'").param(schema).query(Integer.class).single();
		assertThat(quartzIndexes).isEqualTo(20);
	}

}
