package tw.gov.quality;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.impl.jdbcjobstore.JobStoreSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tw.gov.quality.plan.PlanKey;
import tw.gov.quality.plan.PlanLoader;
import tw.gov.quality.plan.PlanRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** A start of the whole application on the embedded MariaDB. */
@IntegrationTest
class ApplicationStartTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanRegistry plans;

	@Autowired
	PlanLoader planLoader;

	@Autowired
	Scheduler scheduler;

	@Test
	void runsOnARealMariaDb() {
		String version = jdbc.sql("SELECT VERSION()").query(String.class).single();
		assertThat(version).startsWith("11.4").containsIgnoringCase("MariaDB");
	}

	@Test
	void flywayCreatedEveryTable() {
		List<String> migrations = jdbc.sql("SELECT description FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")
			.query(String.class)
			.list();
		assertThat(migrations).containsSubsequence("spring batch", "quartz", "plans");
		List<String> tables = jdbc.sql("SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = DATABASE()")
			.query(String.class)
			.list();
		assertThat(tables).contains("batch_job_instance", "batch_step_execution_context", "qrtz_triggers", "qrtz_locks",
				"plan", "plan_item");
	}

	@Test
	void everySeedPlanIsLoadedAtStartUp() {
		assertThat(planLoader.lastReport().problems()).isEmpty();
		assertThat(plans.plans()).containsExactlyInAnyOrder(new PlanKey("TYC-XW", 96), new PlanKey("TPE-CA-SLHR", 98),
				new PlanKey("MOJ", 104), new PlanKey("AEA-TXG", 104), new PlanKey("AEA-NTP", 107));
		Integer items = jdbc.sql("SELECT COUNT(*) FROM plan_item").query(Integer.class).single();
		assertThat(items).isEqualTo(23 + 33 + 27 + 24 + 59);
	}

	@Test
	void anOfficeWithoutItsOwnPlanReportsAgainstItsNearestAncestors() {
		assertThat(plans.planFor("AEA-TPE", 104)).hasValueSatisfying(plan -> assertThat(plan.officeCode()).isEqualTo("MOJ"));
		assertThat(plans.planFor("AEA-TXG", 104)).hasValueSatisfying(plan -> assertThat(plan.officeCode()).isEqualTo("AEA-TXG"));
		assertThat(plans.planFor("AEA-TPE", 107)).isEmpty();
		assertThat(plans.planFor("TYC-XW", 104)).isEmpty();
	}

	@Test
	void storedDeadlinesCanBeQueried() {
		Integer fixedIn2007 = jdbc.sql("""
				SELECT COUNT(*) FROM plan_item i JOIN plan p ON p.id = i.plan_id
				WHERE p.office_code = 'TYC-XW' AND i.deadline_kind = 'FIXED' AND YEAR(i.deadline_due) = 2007""")
			.query(Integer.class)
			.single();
		assertThat(fixedIn2007).isPositive();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_item WHERE deadline_kind = 'UNRECOGNIZED'").query(Integer.class).single())
			.isZero();
	}

	@Test
	void quartzUsesTheClusteredJdbcStore() throws Exception {
		assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();
		assertThat(JobStoreSupport.class).isAssignableFrom(scheduler.getMetaData().getJobStoreClass());
	}

}
