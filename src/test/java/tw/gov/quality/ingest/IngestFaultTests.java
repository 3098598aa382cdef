package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL at chosen moments of a real {@code ingest} over a real inbox, then a rerun: every dropped file
 * archived once, recorded once and answered by exactly one receipt, nothing left in the inbox.
 */
@Tag("faults")
class IngestFaultTests {

	private static final int FILES = FaultSheets.FILES;

	/** The claims' lease, short so that a rerun need not wait the default two minutes. */
	private static final Duration LEASE = Duration.ofSeconds(5);

	@TempDir
	Path temp;

	private final List<CliProcess> started = new ArrayList<>();

	@AfterEach
	void stop() {
		started.forEach(CliProcess::close);
		CliProcess.killServersUnder(temp);
	}

	private CliProcess start(Path folder, String... arguments) {
		// .xlsx receipts only: converting 120 receipts to .ods and PDF after every completed run would add
		// minutes and test nothing here (formats/OutputFormatsTests and ConsolidationFaultTests do).
		String[] xlsxOnly = java.util.stream.Stream
			.concat(java.util.Arrays.stream(arguments),
					java.util.stream.Stream.of("--quality.output.formats=xlsx", "--quality.cluster.claim-lease=" + LEASE))
			.toArray(String[]::new);
		CliProcess process = CliProcess.start(folder, xlsxOnly);
		started.add(process);
		return process;
	}

	/** Where the first run is killed: as files are recorded, as they are archived, as receipts are written. */
	@ParameterizedTest
	@ValueSource(strings = { "receiving", "archiving", "answering", "early" })
	void aRunKilledAnywhereIsFinishedByTheNextExactlyOnce(String moment) throws Exception {
		Path folder = CliProcess.workingDirectory(temp);
		Path inbox = folder.resolve("inbox/AEA-TXG");
		FaultSheets.dropInto(inbox, FILES);
		Path archive = folder.resolve("archive");
		Path receipts = folder.resolve("output/receipts");

		CliProcess first = start(folder, "ingest");
		BooleanSupplier killPoint = switch (moment) {
			case "receiving" -> () -> first.logLines("Received ") >= FILES / 3;
			case "archiving" -> () -> count(archive) >= FILES / 2;
			case "answering" -> () -> count(receipts) >= FILES / 4;
			default -> () -> first.logLines("Embedded MariaDB started") >= 1;
		};
		assertThat(first.killWhen(killPoint, Duration.ofMinutes(4))).as("the kill point was reached: " + first.describe())
			.isTrue();

		// Each process is a node of its own (the default node id has the pid): what the killed one held
		// (files, submissions, a partial copy or receipt) is taken over one lease after its death.
		Thread.sleep(LEASE.plusSeconds(1).toMillis());
		CliProcess rerun = start(folder, "ingest");
		assertThat(rerun.awaitExit(Duration.ofMinutes(4))).as(rerun.describe()).isZero();

		assertThat(count(inbox)).as("files left in the inbox").isZero();
		assertOncePerFile(archive, "archived");
		assertOncePerFile(receipts, "_回執.xlsx");
		assertThat(rerun.stdout()).doesNotContain("留在收件匣");

		CliProcess again = start(folder, "ingest");
		assertThat(again.awaitExit(Duration.ofMinutes(2))).as(again.describe()).isZero();
		assertThat(again.stdout()).contains("收件 0 份").contains("接受 0 份");
	}

	/**
	 * Two operators at once, each a node of its own on one server: both ingest, each file claimed by
	 * one of them, answered once.
	 */
	@Test
	void twoIngestsAtOnceAnswerEveryFileOnce() throws Exception {
		Path folder = CliProcess.workingDirectory(temp);
		Path inbox = folder.resolve("inbox/AEA-TXG");
		FaultSheets.dropInto(inbox, FILES);

		CliProcess one = start(folder, "ingest");
		CliProcess other = start(folder, "ingest");
		int oneExit = one.awaitExit(Duration.ofMinutes(6));
		int otherExit = other.awaitExit(Duration.ofMinutes(6));

		assertThat(oneExit).as(one.describe()).isZero();
		assertThat(otherExit).as(other.describe()).isZero();
		assertThat(one.log() + other.log()).contains("this process uses its server");
		assertThat(count(inbox)).isZero();
		assertOncePerFile(folder.resolve("archive"), "archived");
		assertOncePerFile(folder.resolve("output/receipts"), "_回執.xlsx");
	}

	private static void assertOncePerFile(Path root, String what) throws IOException {
		assertOncePerFile(root, what, FILES);
	}

	/** Each of the first {@code dropped} names exactly once under {@code root} (archive copies or receipts). */
	static void assertOncePerFile(Path root, String what, int dropped) throws IOException {
		Map<String, Integer> seen = new HashMap<>();
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(Files::isRegularFile).forEach(file -> names.add(file.getFileName().toString()));
		}
		assertThat(names).as(what + ": no partial copies").noneMatch(name -> name.startsWith(".writing-"));
		// By each name's whole sheet number: 臺中分署_281 is not 臺中分署_2810.
		Map<String, Integer> counted = new HashMap<>();
		for (String name : names) {
			java.util.regex.Matcher stem = FaultSheets.STEM.matcher(name);
			if (stem.find()) {
				counted.merge(stem.group(), 1, Integer::sum);
			}
		}
		for (int i = 0; i < dropped; i++) {
			seen.put(FaultSheets.name(i), counted.getOrDefault(FaultSheets.name(i), 0));
		}
		assertThat(seen).as(what + ": each file once").allSatisfy((stem, times) -> assertThat(times).as(stem).isOne());
		assertThat(names).hasSize(dropped);
	}

	private static long count(Path root) {
		return FaultSheets.count(root);
	}

}
