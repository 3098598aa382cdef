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
		if (instance == null) {
			instance = claim(properties);
		}
		instance.users++;
		return instance;
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
