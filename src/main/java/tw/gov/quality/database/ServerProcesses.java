package tw.gov.quality.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mariadbd processes that use a data directory, recognised by their command line (as
 * {@code /proc/<pid>/cmdline} shows it): the program is {@code mariadbd} or {@code mysqld} and one
 * argument is {@code --datadir=<that directory>}. Only such a process is ever signalled.
 */
final class ServerProcesses {

	private static final Logger log = LoggerFactory.getLogger(ServerProcesses.class);

	private static final Set<String> SERVER_PROGRAMS = Set.of("mariadbd", "mysqld");

	private final Path dataDir;

	ServerProcesses(Path dataDir) {
		this.dataDir = dataDir.toAbsolutePath().normalize();
	}

	/** Whether the process is a MariaDB server on this data directory. */
	boolean isServerOnDataDir(ProcessHandle process) {
		List<String> arguments = commandLine(process);
		if (arguments.isEmpty() || !SERVER_PROGRAMS.contains(fileName(arguments.get(0)))) {
			return false;
		}
		Set<String> accepted = dataDirArguments();
		return arguments.stream().anyMatch(accepted::contains);
	}

	/** Every MariaDB server on this data directory, whoever started it. */
	List<ProcessHandle> servers() {
		try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
			return processes.filter(ProcessHandle::isAlive).filter(this::isServerOnDataDir).toList();
		}
	}

	/** The server this JVM started on the data directory (a child process). */
	Optional<ProcessHandle> childServer() {
		try (Stream<ProcessHandle> children = ProcessHandle.current().children()) {
			return children.filter(ProcessHandle::isAlive).filter(this::isServerOnDataDir).findFirst();
		}
	}

	/**
	 * Stops a server: SIGTERM (mariadbd shuts down cleanly on it), then SIGKILL if it has not ended
	 * within the timeout. True when it has ended.
	 */
	boolean stop(ProcessHandle server, long timeoutSeconds) {
		if (!server.isAlive()) {
			return true;
		}
		server.destroy();
		if (awaitExit(server, timeoutSeconds)) {
			return true;
		}
		log.warn("MariaDB server pid {} did not stop within {} s of SIGTERM; sending SIGKILL", server.pid(),
				timeoutSeconds);
		server.destroyForcibly();
		return awaitExit(server, 10);
	}

	static boolean awaitExit(ProcessHandle process, long timeoutSeconds) {
		try {
			process.onExit().get(timeoutSeconds, TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return !process.isAlive();
		}
		catch (ExecutionException ex) {
			return !process.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !process.isAlive();
		}
	}

	/** The process's command line, from /proc where there is one, else from the JDK; empty if unreadable. */
	static List<String> commandLine(ProcessHandle process) {
		return tw.gov.quality.Processes.commandLine(process);
	}

	private Set<String> dataDirArguments() {
		String real = dataDir.toString();
		try {
			real = dataDir.toRealPath().toString();
		}
		catch (IOException ex) {
			// Not there (yet): only the path as given can match.
		}
		return new HashSet<>(List.of("--datadir=" + dataDir, "--datadir=" + real));
	}

	private static String fileName(String program) {
		int slash = program.lastIndexOf('/');
		return slash < 0 ? program : program.substring(slash + 1);
	}

}
