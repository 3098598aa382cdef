package tw.gov.quality.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The packaged jar run as a user runs it, in a folder of its own holding copies of the project's
 * {@code config/} and {@code input-templates/}: started, watched, killed with SIGKILL. Every process it
 * started is killed when it is closed.
 */
public final class CliProcess implements AutoCloseable {

	private final Path folder;

	private final List<Process> started = new ArrayList<>();

	private CliProcess(Path folder) {
		this.folder = folder;
	}

	/** A fresh working folder {@code target/faults/<name>} with the configuration and plans. */
	public static CliProcess inNewFolder(String name) throws IOException {
		Path folder = Path.of("target/faults").resolve(name).toAbsolutePath();
		deleteRecursively(folder);
		Files.createDirectories(folder);
		copyTree(Path.of("config"), folder.resolve("config"));
		copyTree(Path.of("input-templates"), folder.resolve("input-templates"));
		return new CliProcess(folder);
	}

	public Path folder() {
		return folder;
	}

	/** The packaged jar: {@code -Dfaults.jar} from the faults profile, else target/quality-progress.jar. */
	public static Path jar() {
		Path jar = Path.of(System.getProperty("faults.jar", "target/quality-progress.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("Package the jar first (./mvnw -Pfaults verify does): " + jar);
		}
		return jar.toAbsolutePath();
	}

	public Run start(String... arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:+UseSerialGC", "-jar", jar().toString()));
		command.addAll(List.of(arguments));
		Path output = Files.createTempFile(folder, "run-", ".out");
		Process process = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		started.add(process);
		return new Run(process, output);
	}

	/** Lines of the service's log ({@code logs/quality-progress.log}) containing {@code text}. */
	public long logLines(String text) {
		Path log = folder.resolve("logs/quality-progress.log");
		if (!Files.exists(log)) {
			return 0;
		}
		try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
			return lines.filter(line -> line.contains(text)).count();
		}
		catch (IOException | UncheckedIOException ex) {
			return 0;
		}
	}

	@Override
	public void close() {
		for (Process process : started) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		// servers a killed process left behind in this folder
		ProcessHandle.allProcesses()
			.filter(handle -> handle.info().commandLine().map(line -> line.contains(folder.toString())).orElse(false))
			.forEach(ProcessHandle::destroyForcibly);
	}

	/** One started process. */
	public static final class Run {

		private final Process process;

		private final Path output;

		Run(Process process, Path output) {
			this.process = process;
			this.output = output;
		}

		public long pid() {
			return process.pid();
		}

		public boolean isAlive() {
			return process.isAlive();
		}

		/** SIGINT, as Ctrl-C on a terminal sends it. */
		public void interrupt() throws IOException, InterruptedException {
			new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).inheritIO().start().waitFor();
		}

		/**
		 * SIGKILL as soon as {@code condition} holds (polled every 10 ms), only the JVM: a child server it
		 * started is orphaned as a real crash would leave it.
		 *
		 * @return whether the condition was met (and the process killed) before it exited or time ran out
		 */
		public boolean killWhen(BooleanSupplier condition, Duration timeout) throws InterruptedException {
			long end = System.nanoTime() + timeout.toNanos();
			while (System.nanoTime() < end && process.isAlive()) {
				if (condition.getAsBoolean()) {
					process.destroyForcibly();
					process.waitFor(30, TimeUnit.SECONDS);
					return true;
				}
				Thread.sleep(10);
			}
			process.destroyForcibly();
			return false;
		}

		/** The exit code; -1 (and the process killed) if it did not exit in time. */
		public int awaitExit(Duration timeout) throws InterruptedException {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue();
		}

		/** What it printed so far, standard output and error together. */
		public String output() {
			try {
				return Files.readString(output, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				return "(no output: " + ex + ")";
			}
		}

	}

	private static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path copy = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(path, copy);
				}
			}
		}
	}

	private static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
	}

}
