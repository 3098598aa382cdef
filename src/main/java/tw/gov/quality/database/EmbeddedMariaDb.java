package tw.gov.quality.database;

import java.nio.file.Path;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MariaDB of this JVM, shared by every application context in it (tests cache several)
 * and released when the last context that acquired it is closed. Either this process owns the data
 * directory and runs the server ({@link OwnedServer}), or another running process of this program
 * does (the service, while a command runs) and this one is only a client of that server, which it
 * never stops.
 */
final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static EmbeddedMariaDb instance;

	/** What the instance was started ahead with, while no context has acquired it yet ({@link #startAhead}). */
	private static EmbeddedDatabaseProperties startedAheadWith;

	/** Why the start ahead failed: the data source's start with the same settings fails the same way. */
	private static RuntimeException aheadFailure;

	/** Set once a start ahead is given up: one that had not begun yet then does nothing. */
	private static boolean aheadAbandoned;

	private final int port;

	/** The server this process runs; null when it is a client of another process's. */
	private final OwnedServer server;

	/** The process whose server this one uses, when a client. */
	private final OwnerRecord owner;

	private int users;

	private EmbeddedMariaDb(int port, OwnedServer server, OwnerRecord owner) {
		this.port = port;
		this.server = server;
		this.owner = owner;
	}

	static synchronized EmbeddedMariaDb acquire(EmbeddedDatabaseProperties properties) {
		if (startedAheadWith != null && !startedAheadWith.equals(properties)) {
			log.info("The embedded MariaDB started ahead was for other settings ({}); starting it again", startedAheadWith);
			abandonStartAhead();
		}
		if (aheadFailure != null && startedAheadWith.equals(properties)) {
			RuntimeException failure = aheadFailure;
			aheadFailure = null;
			startedAheadWith = null;
			throw failure;
		}
		if (startedAheadWith != null) {
			log.info("Taking over the embedded MariaDB started ahead of the application context");
			startedAheadWith = null;
			aheadFailure = null;
		}
		if (instance == null) {
			instance = claim(properties);
		}
		instance.users++;
		return instance;
	}

	/**
	 * Claims the server before any context acquires it, so that it starts while the context is still being
	 * built; the context's {@link #acquire} then waits for this (both hold the class's lock) and takes it over.
	 * Nothing happens when the JVM already has it.
	 */
	static synchronized void startAhead(EmbeddedDatabaseProperties properties) {
		if (instance != null || aheadAbandoned) {
			return;
		}
		startedAheadWith = properties;
		try {
			instance = claim(properties);
		}
		catch (RuntimeException ex) {
			// Not waited for twice (another process still starting the server, say): the data source fails with it.
			aheadFailure = ex;
			throw ex;
		}
	}

	/** The server started ahead and never acquired (the context failed first): stopped, or left if another's. */
	static synchronized void abandonStartAhead() {
		aheadAbandoned = true;
		if (startedAheadWith == null) {
			return;
		}
		startedAheadWith = null;
		aheadFailure = null;
		EmbeddedMariaDb unused = instance;
		instance = null;
		if (unused != null && unused.users == 0) {
			log.info("Stopping the embedded MariaDB started ahead: nothing took it over");
			unused.stop();
		}
	}

	synchronized void release() {
		synchronized (EmbeddedMariaDb.class) {
			// Only the JVM's shared instance is counted; one from claim() alone (tests) is released at once.
			if (instance == this) {
				if (--users > 0) {
					return;
				}
				instance = null;
			}
		}
		stop();
	}

	private void stop() {
		if (server != null) {
			server.stop();
		}
		else {
			log.info("Leaving the embedded MariaDB on 127.0.0.1:{} running: process {} owns it", port,
					owner.ownerPid());
		}
	}

	boolean isOwner() {
		return server != null;
	}

	int port() {
		return port;
	}

	String jdbcUrl(String database) {
		return ServerConnection.jdbcUrl(port, database)
				+ "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8mb4";
	}

	/**
	 * Owner or client of the data directory's server. Whoever takes the lock owns it (and stops what a
	 * killed owner left behind); otherwise the owner is running: once it has recorded a ready server,
	 * this process uses that server if it answers, and fails at once, naming the owner, if it does not.
	 * While the owner is still starting, this process waits for it (at most {@code ownerStartWait}).
	 */
	static EmbeddedMariaDb claim(EmbeddedDatabaseProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		Path ownerFile = OwnerRecord.fileOf(dataDir);
		long deadline = System.nanoTime() + properties.ownerStartWait().toNanos();
		boolean toldWaiting = false;
		while (true) {
			Optional<OwnerLock> lock = OwnerLock.tryAcquire(OwnerLock.fileOf(dataDir));
			if (lock.isPresent()) {
				OwnedServer server = OwnedServer.start(properties, dataDir, lock.get());
				return new EmbeddedMariaDb(server.port(), server, null);
			}
			Optional<OwnerRecord> owner = OwnerRecord.read(ownerFile).filter(OwnerRecord::ownerAlive);
			if (owner.isPresent() && owner.get().ownerPid() == ProcessHandle.current().pid()) {
				throw new IllegalStateException("This JVM already runs the embedded MariaDB on " + dataDir
						+ ": acquire() shares it");
			}
			if (owner.isPresent() && owner.get().isReady()) {
				return asClient(owner.get(), dataDir);
			}
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("內建資料庫（" + dataDir + "）正由另一個程序啟動中"
						+ owner.map(record -> "：" + record.describeOwner()).orElse("（見 " + OwnerLock.fileOf(dataDir) + "）")
						+ "，等了 " + properties.ownerStartWait().toSeconds() + " 秒仍未就緒。請稍後再試，或確認該程序的狀態。");
			}
			if (!toldWaiting) {
				log.info("Another process{} is starting the embedded MariaDB on {}: waiting for it",
						owner.map(record -> " (pid " + record.ownerPid() + ")").orElse(""), dataDir);
				toldWaiting = true;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the embedded MariaDB on " + dataDir, ex);
			}
		}
	}

	private static EmbeddedMariaDb asClient(OwnerRecord owner, Path dataDir) {
		if (!answersWithinSeconds(owner.port(), 3)) {
			throw new IllegalStateException("內建資料庫（" + dataDir + "）正由另一個程序使用：" + owner.describeOwner()
					+ "，但它的資料庫伺服器（127.0.0.1:" + owner.port() + "，pid " + owner.serverPid()
					+ "）沒有回應。請等該程序結束，或將它停止後再試。");
		}
		log.info("The embedded MariaDB on {} is run by process {} ({}): this process uses its server on 127.0.0.1:{} "
				+ "(pid {}) as a client and leaves it running", dataDir, owner.ownerPid(), owner.command(), owner.port(),
				owner.serverPid());
		return new EmbeddedMariaDb(owner.port(), null, owner);
	}

	/** A few tries, a second apart: a server under load may miss one connect timeout. */
	private static boolean answersWithinSeconds(int port, int tries) {
		for (int attempt = 1; attempt <= tries; attempt++) {
			if (ServerConnection.answers(port)) {
				return true;
			}
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

}
