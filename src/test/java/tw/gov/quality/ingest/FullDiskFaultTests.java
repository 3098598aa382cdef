package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real full disk under the archive (a small tmpfs mounted on it, which needs root, as CI runs): the
 * files that do not fit stay in the inbox, the run says so and exits 1, and once there is room the next
 * run receives them, each once.
 */
@Tag("faults")
class FullDiskFaultTests {

	private static final int FILES = 40;

	@TempDir
	Path temp;

	private final List<CliProcess> started = new ArrayList<>();

	private Path mounted;

	@AfterEach
	void stop() throws Exception {
		started.forEach(CliProcess::close);
		CliProcess.killServersUnder(temp);
		if (mounted != null) {
			run("umount", "-l", mounted.toString());
		}
	}

	private CliProcess start(Path folder, String... arguments) {
		CliProcess process = CliProcess.start(folder, arguments);
		started.add(process);
		return process;
	}

	@Test
	void filesThatDoNotFitWaitInTheInboxAndTheRunSaysWhy() throws Exception {
		Path folder = CliProcess.workingDirectory(temp);
		Path inbox = folder.resolve("inbox/AEA-TXG");
		FaultSheets.dropInto(inbox, FILES);
		Path archive = Files.createDirectories(folder.resolve("archive"));
		assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", archive.toString()) == 0,
				"mounting a small tmpfs needs root (CI runs as root)");
		mounted = archive;

		// One receipt a file: .xlsx only (with LibreOffice installed, .ods and PDF would be written too).
		CliProcess full = start(folder, "ingest", "--quality.output.formats=xlsx");
		assertThat(full.awaitExit(Duration.ofMinutes(4))).as(full.describe()).isEqualTo(1);

		long archived = FaultSheets.count(archive);
		assertThat(archived).isBetween(1L, (long) FILES - 1);
		assertThat(FaultSheets.count(inbox)).isEqualTo(FILES - archived);
		assertThat(full.console()).contains((FILES - archived) + " 份無法封存")
			.contains("封存磁碟空間不足")
			.contains("接受 " + archived + " 份");
		try (var names = Files.walk(archive)) {
			assertThat(names.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".writing-"));
		}

		assertThat(run("mount", "-o", "remount,size=16m", archive.toString())).isZero();
		CliProcess roomy = start(folder, "ingest", "--quality.output.formats=xlsx");
		assertThat(roomy.awaitExit(Duration.ofMinutes(4))).as(roomy.describe()).isZero();

		assertThat(FaultSheets.count(inbox)).isZero();
		assertThat(FaultSheets.count(archive)).isEqualTo(FILES);
		assertThat(FaultSheets.count(folder.resolve("output/receipts"))).isEqualTo(FILES);
		assertThat(roomy.console()).contains("收件 " + (FILES - archived) + " 份").doesNotContain("無法封存");
	}

	private static int run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
		return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
	}

}
