package tw.gov.quality.ingest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database and one shared inbox: two {@code ingest} processes of the packaged jar in
 * one installation (the first owns the database server, the second is its client, as two machines on
 * one MariaDB would be), both receiving and answering the same 10,000 files at once, the second SIGKILLed
 * halfway. The first finishes everything the second did not hold; what the second held when it died is
 * taken by a node started after the claim's lease (5 s here). Every file archived, recorded and
 * answered by one receipt, exactly once.
 */
@Tag("faults")
class TwoNodesFaultTests {

	/**
	 * The first node receives about 1,000 files a second and answers about 250, while the second node's start
	 * lags 5-10 s behind it: with 3,000 files the second found none left to receive, and with 1,000 none left
	 * to answer. 10,000 keep both nodes at work at once in either case.
	 */
	private static final int FILES = 10 * FaultSheets.MANY;

	private static final String LEASE = "--quality.cluster.claim-lease=5s";

	@TempDir
	Path temp;

	private final List<CliProcess> started = new ArrayList<>();

	@AfterEach
	void stop() {
		started.forEach(CliProcess::close);
		CliProcess.killServersUnder(temp);
	}

	private CliProcess start(Path folder, String... arguments) {
		// .xlsx receipts only, as in IngestFaultTests: converting 1,000 receipts to .ods and PDF after each
		// completed run would take many minutes and test nothing about claims.
		String[] xlsxOnly = java.util.stream.Stream
			.concat(java.util.Arrays.stream(arguments), java.util.stream.Stream.of("--quality.output.formats=xlsx"))
			.toArray(String[]::new);
		CliProcess process = CliProcess.start(folder, xlsxOnly);
		started.add(process);
		return process;
	}

	@ParameterizedTest
	@ValueSource(strings = { "receiving", "answering" })
	void twoNodesShareOneInboxAndOneKilledHalfwayLosesNothing(String moment) throws Exception {
		Path folder = CliProcess.workingDirectory(temp);
		Path inbox = folder.resolve("inbox/AEA-TXG");
		FaultSheets.dropInto(inbox, FILES);
		Path archive = folder.resolve("archive");
		Path receipts = folder.resolve("output/receipts");

		CliProcess first = start(folder, "ingest", LEASE, "--quality.cluster.node-id=node-1");
		assertThat(first.awaitLog("Embedded MariaDB started", Duration.ofMinutes(2))).as(first.describe()).isTrue();
		CliProcess second = start(folder, "ingest", LEASE, "--quality.cluster.node-id=node-2");
		BooleanSupplier halfway = switch (moment) {
			case "receiving" -> () -> count(archive) >= FILES / 2 && second.ownLogLines("Received ") >= 20;
			default -> () -> count(receipts) >= FILES / 2 && second.ownLogLines("_回執.xlsx") >= 20;
		};
		assertThat(second.killWhen(halfway, Duration.ofMinutes(4))).as("both nodes at work, halfway: "
				+ second.describe() + "\n=== first\n" + first.describe()).isTrue();
		long killedAt = System.nanoTime();
		assertThat(first.isAlive()).as("the first node still at work when the second died").isTrue();
		assertThat(first.ownLogLines("Received ")).as("the first node received files too").isPositive();

		assertThat(first.awaitExit(Duration.ofMinutes(4))).as(first.describe()).isZero();
		// What the dead node held is free one lease after its death.
		Thread.sleep(Math.max(0, Duration.ofSeconds(6).toMillis() - (System.nanoTime() - killedAt) / 1_000_000));
		CliProcess joining = start(folder, "ingest", LEASE, "--quality.cluster.node-id=node-3");
		assertThat(joining.awaitExit(Duration.ofMinutes(3))).as(joining.describe()).isZero();

		assertThat(count(inbox)).as("files left in the inbox").isZero();
		IngestFaultTests.assertOncePerFile(archive, "archived", FILES);
		IngestFaultTests.assertOncePerFile(receipts, "_回執.xlsx", FILES);

		CliProcess again = start(folder, "ingest", "--quality.cluster.node-id=node-4");
		assertThat(again.awaitExit(Duration.ofMinutes(2))).as(again.describe()).isZero();
		assertThat(again.stdout()).contains("收件 0 份").contains("接受 0 份");
		System.out.printf("two nodes, killed while %s: first node %d received / %d answered; second %d / %d; "
				+ "joining node %d / %d; first run took %s%n", moment, first.ownLogLines("Received "),
				first.ownLogLines("_回執.xlsx"), second.ownLogLines("Received "), second.ownLogLines("_回執.xlsx"),
				joining.ownLogLines("Received "), joining.ownLogLines("_回執.xlsx"), first.elapsed());
	}

	private static long count(Path root) {
		return FaultSheets.count(root);
	}

}
