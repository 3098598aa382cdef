package tw.gov.quality.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import tw.gov.quality.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A process that finds the data directory owned by another running process: here the other process
 * is a real child JVM holding the lock, and its server, when it has one, is this test JVM's own
 * embedded MariaDB.
 */
@IntegrationTest
class EmbeddedMariaDbClaimTests {

	private static final String LOCK_HOLDER = """
			import java.nio.channels.FileChannel;
			import java.nio.file.Path;
			import java.nio.file.StandardOpenOption;

			public class LockHolder {
				public static void main(String[] args) throws Exception {
					FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
					channel.lock();
					System.out.println("locked");
					System.out.flush();
					Thread.sleep(300_000);
				}
			}
			""";

	@Autowired
	EmbeddedMariaDb running;

	@TempDir
	Path temp;

	private Path dataDir;

	private Process holder;

	@BeforeEach
	void anotherProcessHoldsTheLock() throws Exception {
		dataDir = temp.resolve("data/mariadb/data");
		Files.createDirectories(dataDir.getParent());
		Path source = temp.resolve("LockHolder.java");
		Files.writeString(source, LOCK_HOLDER);
		holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
				source.toString(), OwnerLock.fileOf(dataDir).toString())
			.redirectErrorStream(true)
			.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
		assertThat(out.readLine()).isEqualTo("locked");
	}

	@AfterEach
	void stopHolder() {
		holder.destroyForcibly();
	}

	@Test
	void aSecondProcessUsesTheOwnersServerAsAClientAndNeverStopsIt() {
		ownerIsReady(running.port());

		EmbeddedMariaDb client = EmbeddedMariaDb.claim(properties(Duration.ofSeconds(5)));

		assertThat(client.isOwner()).isFalse();
		assertThat(client.port()).isEqualTo(running.port());
		client.release();
		assertThat(ServerConnection.answers(running.port())).as("the owner's server still runs").isTrue();
		assertThat(OwnerRecord.fileOf(dataDir)).as("the owner's record is the owner's to delete").exists();
		EmbeddedMariaDb shared = EmbeddedMariaDb.acquire(properties(Duration.ofSeconds(5)));
		shared.release();
		assertThat(shared).as("this JVM's own server is still the shared one").isSameAs(running);
	}

	@Test
	void anOwnerWhoseServerDoesNotAnswerIsNamedAtOnce() throws Exception {
		int deadPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			deadPort = socket.getLocalPort();
		}
		ownerIsReady(deadPort);
		long start = System.nanoTime();

		assertThatIllegalStateException().isThrownBy(() -> EmbeddedMariaDb.claim(properties(Duration.ofSeconds(60))))
			.withMessageContaining("正由另一個程序使用")
			.withMessageContaining("pid " + holder.pid())
			.withMessageContaining("LockHolder")
			.withMessageContaining("127.0.0.1:" + deadPort)
			.withMessageContaining("沒有回應");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
	}

	@Test
	void anOwnerThatNeverFinishesStartingIsWaitedForABoundedTime() {
		new OwnerRecord(holder.pid(), holder.toHandle().info().startInstant().orElse(null), "LockHolder",
				OwnerRecord.State.STARTING, 0, 0, null, dataDir.toString())
			.write(OwnerRecord.fileOf(dataDir));

		assertThatIllegalStateException().isThrownBy(() -> EmbeddedMariaDb.claim(properties(Duration.ofSeconds(1))))
			.withMessageContaining("正由另一個程序啟動中")
			.withMessageContaining("pid " + holder.pid())
			.withMessageContaining("1 秒仍未就緒");
	}

	private void ownerIsReady(int port) {
		Instant started = holder.toHandle().info().startInstant().orElse(null);
		String command = String.join(" ", ServerProcesses.commandLine(holder.toHandle()));
		new OwnerRecord(holder.pid(), started, command, OwnerRecord.State.READY, 0, port, Instant.now(),
				dataDir.toString())
			.write(OwnerRecord.fileOf(dataDir));
	}

	private EmbeddedDatabaseProperties properties(Duration ownerStartWait) {
		return new EmbeddedDatabaseProperties(Path.of("target/test-mariadb/base"), dataDir, 0, "quality", false,
				Duration.ofSeconds(60), ownerStartWait);
	}

}
