package tw.gov.quality.database;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Flyway's migration at start-up, able to finish what an interrupted start left.
 *
 * <p>MariaDB cannot roll DDL back: a start killed during a migration leaves the objects created so
 * far, and no history row for it (Flyway writes it after the script); the next start ran the script
 * again, failed on the first existing table, recorded the migration as failed, and from then on every
 * start stopped at that failed row until someone repaired it by hand. Now every migration is written
 * to be run again ({@code IF NOT EXISTS} everywhere), so the rerun completes; and a history that
 * already has a failed row (left by an earlier version) is repaired (the failed row removed) and
 * migrated again, with a warning in the log.
 *
 * <p>Making the migrations rerunnable changed the files of V1 to V7, and so their checksums: a
 * database migrated by an earlier version holds the old ones, which Flyway's validation would refuse.
 * Those exact old checksums are known ({@link #REWRITTEN}): when they are the only differences, the
 * history is realigned ({@code repair()}, which also sets applied checksums to the files') and the
 * log says so. Any other checksum difference (an applied migration edited by mistake) still stops the
 * start, as Flyway would.
 */
@Component
class DatabaseMigration implements FlywayMigrationStrategy {

	private static final Logger log = LoggerFactory.getLogger(DatabaseMigration.class);

	/** Checksums of V1 to V7 as they were before they were made rerunnable (IF NOT EXISTS). */
	static final Map<String, Integer> REWRITTEN = Map.of("1", -1763901286, "2", -1461855203, "3", -334794753, "4",
			-1360436626, "5", -107337093, "6", -1055617506, "7", -812292007);

	@Override
	public void migrate(Flyway flyway) {
		List<MigrationInfo> all = Arrays.asList(flyway.info().all());
		List<MigrationInfo> failed = all.stream().filter(info -> info.getState() == MigrationState.FAILED).toList();
		List<MigrationInfo> mismatched = all.stream()
			.filter(info -> info.isApplied() && info.getState() != MigrationState.FAILED)
			.filter(info -> info.getResolvedChecksum() != null && !info.isChecksumMatching())
			.toList();
		Set<String> unexpected = mismatched.stream()
			.filter(info -> !info.getAppliedChecksum().equals(REWRITTEN.get(info.getVersion().getVersion())))
			.map(info -> "V" + info.getVersion())
			.collect(Collectors.toCollection(TreeSet::new));
		if (!unexpected.isEmpty()) {
			// Leave it to Flyway's validation, which names the migrations and both checksums.
			flyway.migrate();
			return;
		}
		if (!failed.isEmpty()) {
			log.warn("Flyway history has failed migration(s) {}, left by a start that was interrupted or failed; "
					+ "repairing the history and migrating again (every migration can be rerun)", versions(failed));
		}
		if (!mismatched.isEmpty()) {
			log.info("Realigning the recorded checksums of migration(s) {} with their rerunnable (IF NOT EXISTS) "
					+ "versions; the schema they created is unchanged", versions(mismatched));
		}
		if (!failed.isEmpty() || !mismatched.isEmpty()) {
			flyway.repair();
		}
		flyway.migrate();
		if (!failed.isEmpty()) {
			log.warn("Migrations completed after repairing the history: schema now at version {}",
					flyway.info().current() == null ? "none" : flyway.info().current().getVersion());
		}
	}

	private static String versions(List<MigrationInfo> migrations) {
		return migrations.stream().map(info -> "V" + info.getVersion()).collect(Collectors.joining(", "));
	}

}
