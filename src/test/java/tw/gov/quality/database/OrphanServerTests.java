package tw.gov.quality.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Which processes count as the MariaDB server of a data directory, and what happens to them when a
 * process takes over that directory. The "servers" here are a copy of {@code /bin/sh} named
 * {@code mariadbd} with a {@code --datadir=} argument: real programs, signalled for real.
 */
class OrphanServerTests {

	private static final String LOOP = "trap 'exit 0' TERM; while :; do sleep 0.2; done";

	private static final String STUBBORN = "trap '' TERM; while :; do sleep 0.2; done";

	@TempDir
	Path temp;

	private Path fakeServer;

	private Path dataDir;

	private final List<ProcessHandle> started = new ArrayList<>();

	@BeforeEach
	void fakeServerProgram() throws Exception {
		Files.createDirectories(temp.resolve("bin"));
		fakeServer = temp.resolve("bin/mariadbd");
		Files.copy(Path.of("/bin/sh"), fakeServer);
		fakeServer.toFile().setExecutable(true);
		dataDir = temp.resolve("data/mariadb/data");
		Files.createDirectories(dataDir);
	}

	@AfterEach
	void killFakes() {
		started.forEach(ProcessHandle::destroyForcibly);
	}

	@Test
	void aServerIsAMariadbdWithThisDataDirectory() throws Exception {
		ProcessHandle ours = orphan(fakeServer, LOOP, dataDir);
		ProcessHandle otherDataDir = orphan(fakeServer, LOOP, temp.resolve("elsewhere"));
		ProcessHandle notAServer = orphan(Path.of("/bin/sh"), LOOP, dataDir);

		ServerProcesses processes = new ServerProcesses(dataDir);

		assertThat(processes.servers()).containsExactly(ours);
		assertThat(processes.isServerOnDataDir(otherDataDir)).isFalse();
		assertThat(processes.isServerOnDataDir(notAServer)).isFalse();
		assertThat(processes.isServerOnDataDir(ProcessHandle.current())).isFalse();
	}

	@Test
	void anOrphanedServerIsStoppedWhenTheDataDirectoryIsTakenOver() throws Exception {
		ProcessHandle orphan = orphan(fakeServer, LOOP, dataDir);
		OwnerRecord dead = new OwnerRecord(999_999_999L, null, "java -jar quality-progress.jar ingest",
				OwnerRecord.State.READY, orphan.pid(), 3306, null, dataDir.toString());

		OrphanServers.stop(new ServerProcesses(dataDir), Optional.of(dead), dataDir);

		assertThat(orphan.isAlive()).isFalse();
		assertThat(new ServerProcesses(dataDir).servers()).isEmpty();
	}

	@Test
	void aServerThatIgnoresSigtermIsKilled() throws Exception {
		ProcessHandle stubborn = orphan(fakeServer, STUBBORN, dataDir);

		assertThat(new ServerProcesses(dataDir).stop(stubborn, 1)).isTrue();

		assertThat(stubborn.isAlive()).isFalse();
	}

	@Test
	void aServerRunByAnotherLiveJvmIsLeftAloneAndNamed() throws Exception {
		Process child = new ProcessBuilder(fakeServer.toString(), "-c", LOOP, "--datadir=" + dataDir).start();
		started.add(child.toHandle());

		assertThatIllegalStateException()
			.isThrownBy(() -> OrphanServers.stop(new ServerProcesses(dataDir), Optional.empty(), dataDir))
			.withMessageContaining("pid " + child.pid())
			.withMessageContaining("pid " + ProcessHandle.current().pid())
			.withMessageContaining("請先結束該程序");
		assertThat(child.isAlive()).isTrue();
	}

	/** Starts the program through a shell that exits at once, so that nothing running is its parent. */
	private ProcessHandle orphan(Path program, String script, Path dataDir) throws Exception {
		Path launcher = temp.resolve("launch.sh");
		Files.writeString(launcher, "\"$1\" -c \"$2\" \"--datadir=$3\" >/dev/null 2>&1 &\necho $!\n");
		Process shell = new ProcessBuilder("/bin/sh", launcher.toString(), program.toString(), script, dataDir.toString())
			.start();
		String pid;
		try (BufferedReader out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))) {
			pid = out.readLine();
		}
		assertThat(shell.waitFor(10, TimeUnit.SECONDS)).isTrue();
		ProcessHandle handle = ProcessHandle.of(Long.parseLong(pid.strip())).orElseThrow();
		started.add(handle);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (!ServerProcesses.commandLine(handle).contains("--datadir=" + dataDir) && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(handle.parent().map(ProcessHandle::pid)).isNotEqualTo(Optional.of(ProcessHandle.current().pid()));
		return handle;
	}

}
