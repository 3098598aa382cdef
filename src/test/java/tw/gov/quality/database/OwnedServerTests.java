package tw.gov.quality.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real second embedded server, on a data directory under java.io.tmpdir, started and stopped as
 * the application does (the integration tests' own server runs elsewhere, under target/).
 */
class OwnedServerTests {

	private final Path dataDir = Path.of(System.getProperty("java.io.tmpdir"), "quality-owned-server-" + ProcessHandle.current().pid(),
			"data");

	private EmbeddedMariaDb db;

	@AfterEach
	void stopAndDelete() {
		if (db != null && db.isOwner()) {
			db.release();
		}
		CliProcess.deleteTree(dataDir.getParent());
	}

	@Test
	void aDataDirectoryUnderTheTemporaryFolderKeepsItsRowsAcrossStopAndStart() throws Exception {
		db = claim();
		assertThat(db.isOwner()).isTrue();
		OwnerRecord owner = OwnerRecord.read(OwnerRecord.fileOf(dataDir)).orElseThrow();
		assertThat(owner.ownerPid()).isEqualTo(ProcessHandle.current().pid());
		assertThat(owner.isReady()).isTrue();
		assertThat(owner.port()).isEqualTo(db.port());
		ProcessHandle server = ProcessHandle.of(owner.serverPid()).orElseThrow();
		assertThat(new ServerProcesses(dataDir).isServerOnDataDir(server)).isTrue();
		try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
			statement.execute("INSERT INTO kept VALUES (42)");
		}

		db.release();

		assertThat(server.isAlive()).isFalse();
		assertThat(OwnerRecord.fileOf(dataDir)).as("deleted once the server stopped").doesNotExist();
		assertThat(dataDir.resolve("quality")).isDirectory();

		db = claim();
		try (Connection connection = connect(db); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id FROM kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(42);
		}
	}

	@Test
	void theOwnerWaitsForAnotherProcesssConnectionBeforeStoppingTheServer() throws Exception {
		db = claim();
		ProcessHandle server = ProcessHandle.of(OwnerRecord.read(OwnerRecord.fileOf(dataDir)).orElseThrow().serverPid())
			.orElseThrow();
		Connection client = connect(db);
		CompletableFuture<Void> stop;
		try {
			stop = CompletableFuture.runAsync(db::release);
			Thread.sleep(1500);
			assertThat(stop).as("still waiting for the client").isNotDone();
			assertThat(server.isAlive()).isTrue();
			try (Statement statement = client.createStatement(); ResultSet one = statement.executeQuery("SELECT 1")) {
				assertThat(one.next()).isTrue();
			}
		}
		finally {
			client.close();
		}
		stop.get(30, TimeUnit.SECONDS);
		assertThat(server.isAlive()).isFalse();
		db = null;
	}

	private EmbeddedMariaDb claim() {
		return EmbeddedMariaDb.claim(new EmbeddedDatabaseProperties(Path.of("target/test-mariadb/base"), dataDir, 0,
				"quality", false, Duration.ofSeconds(20), Duration.ofSeconds(10)));
	}

	private static Connection connect(EmbeddedMariaDb db) throws SQLException {
		return DriverManager.getConnection(db.jdbcUrl("quality"), "root", "");
	}

}
