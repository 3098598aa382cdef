package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.faults.CliProcess;
import tw.gov.quality.office.Office;
import tw.gov.quality.plan.PlanWorkbookReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGKILL at chosen moments of a real {@code ingest} over a real inbox, then a rerun: every dropped file
 * archived once, recorded once and answered by exactly one receipt, nothing left in the inbox.
 */
@Tag("faults")
class IngestFaultTests {

	private static final int FILES = 120;

	private static final LocalDateTime JULY_5 = LocalDateTime.of(2015, 7, 5, 10, 30);

	private static Path sheets;

	private CliProcess cli;

	@BeforeAll
	static void writeSheets() throws Exception {
		sheets = Files.createDirectories(Path.of("target/faults/ingest-sheets"));
		if (count(sheets) == FILES) {
			return;
		}
		PlanWorkbookReader.Result plan = new PlanWorkbookReader().read(Path.of("input-templates/plans/AEA-TXG-104.xlsx"));
		Office office = new Office("AEA-TXG", plan.officeName(), "MOJ-AEA", Office.Contact.NONE);
		for (int i = 0; i < FILES; i++) {
			int n = i;
			Path file = sheets.resolve(String.format("臺中分署_%03d.xlsx", n));
			FilledSheets.write(office, plan.plan(), new ReportingPeriod(104, 2), file,
					entries -> entries.get("1.1").description = "第 " + n + " 版執行情形");
			IngestFixture.touch(file, JULY_5.plusMinutes(n));
		}
	}

	@AfterEach
	void stop() {
		if (cli != null) {
			cli.close();
		}
	}

	/** Where the first run is killed: as files are recorded, as they are archived, as receipts are written. */
	@ParameterizedTest
	@ValueSource(strings = { "receiving", "archiving", "answering", "early" })
	void aRunKilledAnywhereIsFinishedByTheNextExactlyOnce(String moment) throws Exception {
		cli = CliProcess.inNewFolder("ingest-" + moment);
		Path inbox = Files.createDirectories(cli.folder().resolve("inbox/AEA-TXG"));
		try (Stream<Path> files = Files.list(sheets)) {
			for (Path sheet : (Iterable<Path>) files::iterator) {
				Path dropped = inbox.resolve(sheet.getFileName());
				Files.copy(sheet, dropped);
				Files.setLastModifiedTime(dropped, Files.getLastModifiedTime(sheet));
			}
		}
		Path archive = cli.folder().resolve("archive");
		Path receipts = cli.folder().resolve("output/receipts");

		CliProcess.Run first = cli.start("ingest");
		BooleanSupplier killPoint = switch (moment) {
			case "receiving" -> () -> cli.logLines("Received ") >= FILES / 3;
			case "archiving" -> () -> count(archive) >= FILES / 2;
			case "answering" -> () -> count(receipts) >= FILES / 4;
			default -> () -> cli.logLines("Started QualityProgressApplication") >= 1;
		};
		assertThat(first.killWhen(killPoint, Duration.ofMinutes(3))).as("the kill point was reached").isTrue();

		CliProcess.Run rerun = cli.start("ingest");
		assertThat(rerun.awaitExit(Duration.ofMinutes(4))).as(rerun.output()).isZero();

		assertThat(count(inbox)).as("files left in the inbox").isZero();
		assertOncePerFile(archive, "archived");
		assertOncePerFile(receipts, "_回執.xlsx");
		assertThat(rerun.output()).doesNotContain("留在收件匣");

		CliProcess.Run again = cli.start("ingest");
		assertThat(again.awaitExit(Duration.ofMinutes(2))).as(again.output()).isZero();
		assertThat(again.output()).contains("收件 0 份").contains("接受 0 份");
	}

	/** Each dropped name exactly once among the files under {@code root} (archive copies or receipts). */
	private static void assertOncePerFile(Path root, String what) throws IOException {
		Map<String, Integer> seen = new HashMap<>();
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(Files::isRegularFile).forEach(file -> names.add(file.getFileName().toString()));
		}
		assertThat(names).as(what + ": no partial copies").noneMatch(name -> name.startsWith(".writing-"));
		for (int i = 0; i < FILES; i++) {
			String stem = String.format("臺中分署_%03d", i);
			seen.put(stem, (int) names.stream().filter(name -> name.contains(stem)).count());
		}
		assertThat(seen).as(what + ": each file once").allSatisfy((stem, times) -> assertThat(times).as(stem).isOne());
		assertThat(names).hasSize(FILES);
	}

	private static long count(Path root) {
		if (!Files.exists(root)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			return 0; // a folder changing under the walk: look again
		}
	}

}
