package tw.gov.quality.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
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
	static final long STOP_TIMEOUT_SECONDS = 30;

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
			OrphanServers.stop(processes, previous, dataDir);
			if (properties.wipeOnStart()) {
				deleteRecursively(dataDir);
			}
			db = PersistentMariaDb.create(ServerConfiguration.of(properties, dataDir).build());
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
				ServerWaits.forOtherClients(port, clientWait);
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

	/**
	 * The JVM is exiting: the application's own shutdown (which releases the server and waits for
	 * other clients) runs in another hook at the same time; if it has not begun within a grace
	 * period, nothing will release the server, so stop it here.
	 */
	private void stopAtExit() {
		long deadline = System.nanoTime() + EXIT_GRACE.toNanos();
		while (!stopping.get() && System.nanoTime() < deadline) {
			ServerWaits.pause(Duration.ofMillis(100));
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
