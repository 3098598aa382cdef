package tw.gov.quality.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * Who runs the embedded MariaDB on a data directory: the owner file {@code <dataDir>.owner}, written
 * by the process that starts the server, first {@code STARTING} (before anything else happens to the
 * data directory), then {@code READY} with the server's pid and port; deleted only once the server
 * has stopped. Always replaced atomically (a temporary file renamed over it), so a reader never sees
 * half a record, even after a kill.
 *
 * @param ownerPid the JVM that started the server
 * @param ownerStartedAt when that JVM started (a pid can be reused), null if unknown
 * @param command that JVM's command line
 * @param state {@code STARTING} or {@code READY}
 * @param serverPid the mariadbd process, 0 while starting
 * @param port the server's TCP port on 127.0.0.1, 0 while starting
 * @param serverStartedAt when the server became ready, null while starting
 * @param dataDir the data directory, absolute
 */
record OwnerRecord(long ownerPid, Instant ownerStartedAt, String command, State state, long serverPid, int port,
		Instant serverStartedAt, String dataDir) {

	enum State {

		STARTING, READY

	}

	/** This JVM, about to start a server on the data directory. */
	static OwnerRecord starting(Path dataDir) {
		ProcessHandle self = ProcessHandle.current();
		return new OwnerRecord(self.pid(), self.info().startInstant().orElse(null), commandLine(self), State.STARTING,
				0, 0, null, dataDir.toString());
	}

	OwnerRecord ready(long serverPid, int port) {
		return new OwnerRecord(ownerPid, ownerStartedAt, command, State.READY, serverPid, port, Instant.now(), dataDir);
	}

	boolean isReady() {
		return state == State.READY;
	}

	/** Whether the owner JVM still runs (the same process, not another one that got its pid). */
	boolean ownerAlive() {
		return alive(ownerPid, ownerStartedAt);
	}

	static boolean alive(long pid, Instant startedAt) {
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(process -> startedAt == null || process.info()
				.startInstant()
				.map(start -> Duration.between(start, startedAt).abs().compareTo(Duration.ofSeconds(2)) < 0)
				.orElse(true))
			.isPresent();
	}

	/** The owner file of a data directory: beside it, so that it never mixes with MariaDB's own files. */
	static Path fileOf(Path dataDir) {
		return dataDir.resolveSibling(dataDir.getFileName() + ".owner");
	}

	static Optional<OwnerRecord> read(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the embedded database's owner file " + file, ex);
		}
		try {
			return Optional.of(new OwnerRecord(Long.parseLong(properties.getProperty("owner.pid")),
					instant(properties.getProperty("owner.started")), properties.getProperty("owner.command", ""),
					State.valueOf(properties.getProperty("state")),
					Long.parseLong(properties.getProperty("server.pid", "0")),
					Integer.parseInt(properties.getProperty("server.port", "0")),
					instant(properties.getProperty("server.started")), properties.getProperty("data-dir", "")));
		}
		catch (RuntimeException ex) {
			// Not written by this program (it only ever renames a complete file into place): treat as absent.
			return Optional.empty();
		}
	}

	/** Writes the record to a temporary file, forces it to disk and renames it over the owner file. */
	void write(Path file) {
		Properties properties = new Properties();
		properties.setProperty("owner.pid", Long.toString(ownerPid));
		if (ownerStartedAt != null) {
			properties.setProperty("owner.started", ownerStartedAt.toString());
		}
		properties.setProperty("owner.command", command);
		properties.setProperty("state", state.name());
		properties.setProperty("server.pid", Long.toString(serverPid));
		properties.setProperty("server.port", Integer.toString(port));
		if (serverStartedAt != null) {
			properties.setProperty("server.started", serverStartedAt.toString());
		}
		properties.setProperty("data-dir", dataDir);
		Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
					StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
				Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8);
				properties.store(writer, "The process that runs the embedded MariaDB on " + dataDir
						+ " (deleted when it stops it)");
				writer.flush();
				channel.force(true);
			}
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the embedded database's owner file " + file, ex);
		}
	}

	static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot delete the embedded database's owner file " + file, ex);
		}
	}

	/** For messages: {@code pid 1234（java -jar quality-progress.jar ingest）}. */
	String describeOwner() {
		return "pid " + ownerPid + (command.isBlank() ? "" : "（" + command + "）");
	}

	private static Instant instant(String text) {
		return (text == null || text.isBlank()) ? null : Instant.parse(text);
	}

	private static String commandLine(ProcessHandle process) {
		String command = System.getProperty("sun.java.command");
		return process.info().commandLine().orElse(command == null ? "java" : "java " + command);
	}

}
