package tw.gov.quality.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged program killed, stopped and run twice at once, in a working directory under
 * java.io.tmpdir (a {@code @TempDir}), as operators did: nothing may be lost and no start may hang.
 * The MariaDB binaries are unpacked once into a base directory shared by every working directory.
 */
@Tag("faults")
class EmbeddedDatabaseFaultTests {

	private static final Duration START = Duration.ofSeconds(180);

	private static final Path SHARED_BASE = Path.of("target", "faults-mariadb-base").toAbsolutePath();

	private static final String CHECK = "check-deadlines";

	@TempDir
	Path temp;

	private Path workDir;

	private final List<CliProcess> processes = new ArrayList<>();

	@BeforeEach
	void workingDirectory() {
		workDir = CliProcess.workingDirectory(temp);
		assertThat(workDir.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));
	}

	@AfterEach
	void killEverything() {
		processes.forEach(CliProcess::close);
		CliProcess.killServersUnder(temp);
	}

	@Test
	void aCommandAfterASigkilledOneStopsTheOrphanedServerAndSucceedsQuickly() {
		CliProcess first = run("templates", "--year=104", "--quarter=2");
		assertThat(first.awaitLog("Embedded MariaDB started", START)).as(first.describe()).isTrue();
		long orphan = owner().orElseThrow().serverPid();
		first.kill();
		assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).as("mariadbd outlives a SIGKILLed JVM")
			.isPresent();

		CliProcess second = run(CHECK, "--year=104", "--quarter=2");
		assertThat(second.awaitExit(START)).as(second.describe()).isZero();

		assertThat(second.log()).contains("Stopping orphaned MariaDB server pid " + orphan)
			.contains("Orphaned MariaDB server pid " + orphan + " stopped")
			.doesNotContain("Magic string not seen");
		assertThat(second.elapsed()).as("no 30 s wait for a server that cannot start").isLessThan(Duration.ofSeconds(30));
		assertThat(second.stdout()).contains("104年第2季");
		assertThat(ProcessHandle.of(orphan).filter(ProcessHandle::isAlive)).isEmpty();
		assertThat(ownerFile()).as("deleted once the server stopped").doesNotExist();
		assertThat(new ServerProcesses(dataDir()).servers()).isEmpty();
	}

	@Test
	void aCommandRunsAsAClientOfTheRunningServiceAndLeavesItsServerRunning() {
		CliProcess service = run("--server.port=0");
		assertThat(service.awaitLog("Started QualityProgressApplication", START)).as(service.describe()).isTrue();
		OwnerRecord owner = owner().orElseThrow();
		assertThat(owner.ownerPid()).isEqualTo(service.pid());
		assertThat(owner.isReady()).isTrue();

		CliProcess command = run(CHECK, "--year=104", "--quarter=2");
		assertThat(command.awaitExit(START)).as(command.describe()).isZero();
		assertThat(command.log()).contains("this process uses its server on 127.0.0.1:" + owner.port())
			.doesNotContain("Embedded MariaDB started");
		assertThat(command.stdout()).contains("104年第2季");

		assertThat(service.isAlive()).isTrue();
		assertThat(ProcessHandle.of(owner.serverPid()).filter(ProcessHandle::isAlive)).as("the service's server")
			.isPresent();
		assertThat(owner()).contains(owner);

		assertThat(service.terminate(Duration.ofSeconds(120))).as(service.describe()).isIn(0, 143);
		assertThat(ownerFile()).doesNotExist();
		assertThat(ProcessHandle.of(owner.serverPid()).filter(ProcessHandle::isAlive)).isEmpty();
	}

	@Test
	void dataWrittenBeforeAStopIsThereAfterARestartUnderTheTemporaryFolder() {
		CliProcess extend = run("extend", "--office=AEA-TXG", "--year=104", "--quarter=2", "--until=2015-07-25",
				"--reason=颱風停班", "--by=fault-test");
		assertThat(extend.awaitExit(START)).as(extend.describe()).isZero();

		CliProcess service = run("--server.port=0");
		assertThat(service.awaitLog("Started QualityProgressApplication", START)).as(service.describe()).isTrue();
		assertThat(service.terminate(Duration.ofSeconds(120))).as(service.describe()).isIn(0, 143);
		assertThat(service.log()).doesNotContain("quietly deleting");
		assertThat(dataDir().resolve("quality")).isDirectory();

		CliProcess check = run(CHECK, "--year=104", "--quarter=2");
		assertThat(check.awaitExit(START)).as(check.describe()).isZero();
		assertThat(check.log()).doesNotContain("Migrating schema");
		assertThat(check.stdout().lines().filter(line -> line.contains("AEA-TXG")))
			.as("the extension granted by the first process, after two stops")
			.singleElement()
			.asString()
			.contains("104年7月25日");
	}

	@Test
	void aStartKilledDuringItsFirstMigrationIsFinishedByTheNextStart() {
		CliProcess first = run("templates", "--year=104", "--quarter=2");
		assertThat(first.awaitLog("Migrating schema `quality` to version \"2", START)).as(first.describe()).isTrue();
		first.kill();
		assertThat(first.log()).doesNotContain("Successfully applied");

		CliProcess second = run(CHECK, "--year=104", "--quarter=2");
		assertThat(second.awaitExit(START)).as(second.describe()).isZero();
		assertThat(second.log()).contains("Successfully applied").containsPattern("now at version v\\d+");
		assertThat(second.stdout()).contains("104年第2季");

		CliProcess third = run("templates", "--year=104", "--quarter=2");
		assertThat(third.awaitExit(START)).as(third.describe()).isZero();
		assertThat(third.log()).doesNotContain("Migrating schema");
	}

	@Test
	void aCommandTakesOverTheServerStartedAheadAndAFailedStartStopsIt() {
		CliProcess check = run(CHECK, "--year=104", "--quarter=2");
		assertThat(check.awaitExit(START)).as(check.describe()).isZero();
		assertThat(check.ownLog()).contains("Taking over the embedded MariaDB started ahead");

		// Refused while Spring reads the configuration: before any bean, so before the data source takes the server over
		CliProcess failing = run(CHECK, "--year=104", "--quarter=2", "--spring.autoconfigure.exclude=java.lang.String");
		assertThat(failing.awaitExit(START)).as(failing.describe()).isEqualTo(1);
		assertThat(failing.stderr()).contains("程式無法啟動");
		assertThat(failing.ownLog()).as(failing.describe())
			.contains("Embedded MariaDB started")
			.contains("Stopping the embedded MariaDB started ahead: nothing took it over")
			.doesNotContain("Taking over");
		assertThat(ownerFile()).as("deleted once the server stopped").doesNotExist();
		assertThat(new ServerProcesses(dataDir()).servers()).isEmpty();

		CliProcess next = run(CHECK, "--year=104", "--quarter=2");
		assertThat(next.awaitExit(START)).as(next.describe()).isZero();
		assertThat(next.ownLog()).doesNotContain("Stopping orphaned MariaDB server");
	}

	private CliProcess run(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--quality.database.embedded.base-dir=" + SHARED_BASE);
		CliProcess process = CliProcess.start(workDir, all.toArray(String[]::new));
		processes.add(process);
		return process;
	}

	private Path dataDir() {
		return workDir.resolve("data/mariadb/data").toAbsolutePath();
	}

	private Path ownerFile() {
		return OwnerRecord.fileOf(dataDir());
	}

	private Optional<OwnerRecord> owner() {
		return Files.exists(ownerFile()) ? OwnerRecord.read(ownerFile()) : Optional.empty();
	}

}
