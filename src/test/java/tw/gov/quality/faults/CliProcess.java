package tw.gov.quality.faults;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The packaged jar run as a real child process, for fault-injection tests: a working directory laid
 * out as an installation (config/ and input-templates/ copied from the project), the program started
 * in it, its log watched for a line, killed (SIGKILL) or terminated (SIGTERM) at a chosen moment, its
 * exit code, standard output and error kept in files beside it.
 *
 * <p>Every wait is bounded. {@link #close()} kills the process and everything it started (the embedded
 * mariadbd too), so a test that calls it from {@code @AfterEach} leaves nothing running.
 */
public final class CliProcess implements AutoCloseable {

	/** The jar under test: the failsafe property {@code faults.jar}, else the packaged one under target/. */
	public static final Path JAR = Path.of(System.getProperty("faults.jar", "target/quality-progress.jar"))
		.toAbsolutePath();

	private static final Path LOG = Path.of("logs", "quality-progress.log");

	private static final AtomicInteger counter = new AtomicInteger();

	private final Process process;

	private final Path workDir;

	private final Path stdout;

	private final Path stderr;

	/** Where the shared log file ended when this process started: its own lines come after. */
	private final long logOffset;

	private final long startedNanos = System.nanoTime();

	private CliProcess(Process process, Path workDir, Path stdout, Path stderr, long logOffset) {
		this.process = process;
		this.workDir = workDir;
		this.stdout = stdout;
		this.stderr = stderr;
		this.logOffset = logOffset;
	}

	/**
	 * A new working directory under {@code parent} (give a {@code @TempDir}, which is under
	 * java.io.tmpdir) holding copies of the project's {@code config/} and {@code input-templates/}.
	 */
	public static Path workingDirectory(Path parent) {
		try {
			Path workDir = Files.createTempDirectory(parent, "work");
			copyTree(Path.of("config"), workDir.resolve("config"));
			copyTree(Path.of("input-templates"), workDir.resolve("input-templates"));
			return workDir;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts {@code java -jar <jar> args…} in the working directory. */
	public static CliProcess start(Path workDir, String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-jar", JAR.toString()));
		command.addAll(List.of(args));
		command = withInterruptDefault(command);
		int number = counter.incrementAndGet();
		Path stdout = workDir.resolve("process-" + number + ".stdout");
		Path stderr = workDir.resolve("process-" + number + ".stderr");
		try {
			Path log = workDir.resolve(LOG);
			long offset = Files.exists(log) ? Files.size(log) : 0;
			Process process = new ProcessBuilder(command).directory(workDir.toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
				.start();
			return new CliProcess(process, workDir, stdout, stderr, offset);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A child of a background job started by a non-interactive shell ({@code mvn … &} in a script)
	 * inherits SIGINT ignored, all the way down, and Java then leaves Ctrl-C ignored: the Ctrl-C tests
	 * saw the command run to its end and exit 0. Perl resets SIGINT to its default and execs Java (the
	 * same pid); without Perl the command is started as it is.
	 */
	private static List<String> withInterruptDefault(List<String> command) {
		Path perl = Path.of("/usr/bin/perl");
		if (!Files.isExecutable(perl)) {
			return command;
		}
		List<String> wrapped = new ArrayList<>(
				List.of(perl.toString(), "-e", "$SIG{INT} = 'DEFAULT'; exec { $ARGV[0] } @ARGV or die \"exec: $!\\n\";"));
		wrapped.addAll(command);
		return wrapped;
	}

	public long pid() {
		return process.pid();
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Time since the start. */
	public Duration elapsed() {
		return Duration.ofNanos(System.nanoTime() - startedNanos);
	}

	/**
	 * Waits until this process's part of {@code logs/quality-progress.log} (or its standard output)
	 * contains the text; false if the process ended or the time ran out first.
	 */
	public boolean awaitLog(String text, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (log().contains(text) || stdout().contains(text)) {
				return true;
			}
			if (!process.isAlive()) {
				return log().contains(text) || stdout().contains(text);
			}
			sleep(20);
		}
		return false;
	}

	/** Waits for the exit and returns the exit code; kills the process and fails if it takes longer. */
	public int awaitExit(Duration timeout) {
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				close();
				throw new AssertionError("Process " + pid() + " did not end within " + timeout + "\n" + describe());
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("Interrupted", ex);
		}
	}

	/**
	 * SIGKILL as soon as {@code condition} holds, polled every 10 ms.
	 *
	 * @return whether it held (and the process was killed) before the process ended or the time ran out
	 */
	public boolean killWhen(java.util.function.BooleanSupplier condition, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			if (condition.getAsBoolean()) {
				kill();
				return true;
			}
			sleep(10);
		}
		return false;
	}

	/** How many of this process's log lines contain {@code text}. */
	public long logLines(String text) {
		return log().lines().filter(line -> line.contains(text)).count();
	}

	/**
	 * How many log lines contain {@code text} and were written by this process itself (by its pid),
	 * when other processes in the same folder write to the same log file.
	 */
	public long ownLogLines(String text) {
		return ownLog().lines().filter(line -> line.contains(text)).count();
	}

	/** This process's own lines of the log file (by its pid), one per line. */
	public String ownLog() {
		String marker = " " + process.pid() + " --- ";
		return String.join("\n", log().lines().filter(line -> line.contains(marker)).toList());
	}

	/** Standard output and error together, for what a user reads on the console. */
	public String console() {
		return stdout() + stderr();
	}

	/** SIGINT, as Ctrl-C on a terminal sends it. */
	public void interrupt() {
		try {
			new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** SIGKILL, as a crash or an out-of-memory killer would: no shutdown hook runs. Waits for the end. */
	public void kill() {
		process.destroyForcibly();
		awaitEnd(Duration.ofSeconds(30));
	}

	/** SIGTERM, as a normal stop (systemctl stop, kill): shutdown hooks run. Waits for the end. */
	public int terminate(Duration timeout) {
		process.destroy();
		return awaitExit(timeout);
	}

	/** This process's lines of the shared log file. */
	public String log() {
		Path log = workDir.resolve(LOG);
		if (!Files.exists(log)) {
			return "";
		}
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
			long length = file.length();
			if (length <= logOffset) {
				return "";
			}
			byte[] bytes = new byte[(int) (length - logOffset)];
			file.seek(logOffset);
			file.readFully(bytes);
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	public String stdout() {
		return read(stdout);
	}

	public String stderr() {
		return read(stderr);
	}

	/** For assertion messages: pid, exit, the output and the end of the log. */
	public String describe() {
		String log = log();
		return "pid " + pid() + (process.isAlive() ? " (running)" : " exit " + process.exitValue()) + "\n--- stdout\n"
				+ stdout() + "\n--- stderr\n" + stderr() + "\n--- log (end)\n"
				+ log.substring(Math.max(0, log.length() - 6000));
	}

	/** Kills the process and every process it started (its embedded mariadbd), if still running. */
	@Override
	public void close() {
		List<ProcessHandle> descendants = process.descendants().toList();
		process.destroyForcibly();
		descendants.forEach(ProcessHandle::destroyForcibly);
		awaitEnd(Duration.ofSeconds(30));
		for (ProcessHandle descendant : descendants) {
			descendant.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(ex -> descendant).join();
		}
	}

	/**
	 * Kills every mariadbd still running on a data directory under the folder (orphans a test left
	 * behind on purpose), so that nothing outlives the test.
	 */
	public static void killServersUnder(Path folder) {
		String prefix = "--datadir=" + folder.toAbsolutePath();
		try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
			processes.filter(handle -> handle.info().arguments().map(List::of).orElse(List.of()).stream()
				.anyMatch(argument -> argument.startsWith(prefix))).forEach(handle -> {
					handle.destroyForcibly();
					handle.onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(ex -> handle).join();
				});
		}
	}

	/** Deletes a folder and everything in it. */
	public static void deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitEnd(Duration timeout) {
		try {
			process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String read(Path file) {
		try {
			return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static java.io.File nullDevice() {
		return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path source : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
