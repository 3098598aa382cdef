package tw.gov.quality.formats;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tw.gov.quality.faults.CliProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service SIGKILLed while its LibreOffice idles: the office process outlives it, and the next
 * start of the program in that folder stops it, and only it: a LibreOffice the program did not start (a
 * user's, here started by the test) keeps running.
 */
@Tag("faults")
class OfficeOrphanFaultTests {

	private static final Duration START = Duration.ofSeconds(240);

	private static final Path SHARED_BASE = Path.of("target", "faults-mariadb-base").toAbsolutePath();

	@TempDir
	Path temp;

	private final List<CliProcess> processes = new ArrayList<>();

	private Process foreign;

	@AfterEach
	void killEverything() {
		processes.forEach(CliProcess::close);
		CliProcess.killServersUnder(temp);
		if (foreign != null) {
			foreign.descendants().forEach(ProcessHandle::destroyForcibly);
			foreign.destroyForcibly();
		}
		OfficeOwners.officesNaming(temp.toAbsolutePath()).forEach(ProcessHandle::destroyForcibly);
	}

	@Test
	void theNextStartStopsTheOfficeAKilledRunLeftAndNoOtherOffice() throws Exception {
		Office.assumeInstalled();
		Path workDir = CliProcess.workingDirectory(temp);
		List<ProcessHandle> others = foreignOffice();

		// The service answers a file in the inbox with a receipt, converted to .ods and PDF; its LibreOffice then idles.
		Path inbox = Files.createDirectories(workDir.resolve("inbox").resolve("AEA-TPE"));
		Path sheet = Files.write(inbox.resolve("AEA-TPE_104Q2.xlsx"), "PK not really a workbook".getBytes());
		Files.setLastModifiedTime(sheet, FileTime.from(Instant.now().minusSeconds(60)));
		CliProcess service = run(workDir, "serve", "--server.port=0", "--quality.schedule.ingest=0/5 * * * * ?");
		assertThat(service.awaitLog(".pdf in", START)).as(service.describe()).isTrue();
		Path offices = workDir.resolve("data/office").toAbsolutePath();
		Path owned = onlyFolder(offices);
		assertThat(owned.getFileName().toString()).startsWith(service.pid() + "-");
		service.kill();
		List<ProcessHandle> orphans = OfficeOwners.officesNaming(owned);
		assertThat(orphans).as("an idle soffice outlives a SIGKILLed service").isNotEmpty();

		CliProcess next = run(workDir, "check-deadlines", "--year=104", "--quarter=2");
		assertThat(next.awaitExit(START)).as(next.describe()).isZero();

		assertThat(next.log()).contains("Stopping orphaned LibreOffice process pid " + orphans.get(0).pid());
		assertThat(orphans).allSatisfy(orphan -> assertThat(orphan.isAlive()).as("pid %d", orphan.pid()).isFalse());
		assertThat(OfficeOwners.officesNaming(offices)).isEmpty();
		assertThat(owned).as("the killed run's folder is gone").doesNotExist();
		assertThat(others).as("a LibreOffice the program did not start").allSatisfy(
				other -> assertThat(other.isAlive()).as("pid %d", other.pid()).isTrue());
	}

	/** A LibreOffice of someone else's, headless on a port and profile of its own, and its processes. */
	private List<ProcessHandle> foreignOffice() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Path profile = Files.createDirectories(temp.resolve("someone-elses-profile"));
		foreign = new ProcessBuilder("soffice", "--headless", "--norestore", "--nologo",
				"-env:UserInstallation=" + profile.toUri(), "--accept=socket,host=127.0.0.1,port=" + port + ";urp;")
			.redirectErrorStream(true)
			.redirectOutput(temp.resolve("foreign.log").toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline && !listening(port)) {
			Thread.sleep(200); // listening: its port can no longer be handed out as free
		}
		List<ProcessHandle> started = OfficeOwners.officesNaming(profile);
		assertThat(started).as("the test's own LibreOffice").isNotEmpty();
		return started;
	}

	private static boolean listening(int port) {
		try (java.net.Socket socket = new java.net.Socket(InetAddress.getLoopbackAddress(), port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The one folder of a process of the service (beside it, the prepared profile the processes start from). */
	private static Path onlyFolder(Path folder) throws IOException {
		try (Stream<Path> folders = Files.list(folder)) {
			List<Path> all = folders.filter(owner -> owner.getFileName().toString().matches("\\d+-\\d+")).toList();
			assertThat(all).hasSize(1);
			return all.get(0);
		}
	}

	private CliProcess run(Path workDir, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--quality.database.embedded.base-dir=" + SHARED_BASE);
		CliProcess process = CliProcess.start(workDir, all.toArray(String[]::new));
		processes.add(process);
		return process;
	}

}
