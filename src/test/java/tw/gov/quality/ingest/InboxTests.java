package tw.gov.quality.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

import tw.gov.quality.Folders;
import tw.gov.quality.IntegrationTest;
import tw.gov.quality.office.OfficeRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/** A file still being copied into the inbox is left for the next run. */
@IntegrationTest
class InboxTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Folders folders;

	@Autowired
	OfficeRegistry offices;

	@Autowired
	Clock clock;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	private Inbox inbox;

	@BeforeEach
	void emptyInbox() throws Exception {
		IngestFixture.deleteRecursively(folders.inbox());
		jdbc.sql("DELETE FROM inbox_observation").update();
		jdbc.sql("DELETE FROM inbox_scan").update();
		inbox = inboxSettling(Duration.ofMillis(400));
	}

	@Test
	void aFileThatGrowsBetweenTheTwoLooksWaitsForTheNextRun() throws Exception {
		Path folder = Files.createDirectories(folders.inbox().resolve("AEA-TPE"));
		Path growing = Files.write(folder.resolve("copying.xlsx"), new byte[] { 1, 2, 3 });
		Files.write(folder.resolve("done.xlsx"), new byte[] { 4, 5, 6 });
		Thread writer = new Thread(() -> {
			try {
				Thread.sleep(150);
				Files.write(growing, new byte[] { 7, 8, 9 }, StandardOpenOption.APPEND);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		writer.start();

		List<InboxFile> first = inbox.scan().complete();
		writer.join();

		assertThat(first).extracting(InboxFile::originalName).containsExactly("done.xlsx");
		assertThat(inbox.scan().complete()).extracting(InboxFile::originalName)
			.containsExactlyInAnyOrder("done.xlsx", "copying.xlsx");
	}

	@Test
	void theFolderIsTheOfficesIdentity() throws Exception {
		Files.createDirectories(folders.inbox().resolve("AEA-TPE/第二季"));
		Files.write(folders.inbox().resolve("AEA-TPE/第二季/sheet.xlsx"), new byte[] { 1 });
		Files.write(folders.inbox().resolve("AEA-TPE/~$sheet.xlsx"), new byte[] { 1 });

		List<InboxFile> files = inbox.scan().complete();

		assertThat(files).singleElement().satisfies(file -> {
			assertThat(file.officeCode()).as("a subfolder still belongs to its office").isEqualTo("AEA-TPE");
			assertThat(file.originalName()).isEqualTo("sheet.xlsx");
		});
	}

	/**
	 * Files that have not changed for a settle time and whose containers are whole are taken without
	 * waiting: a scheduled run over a quiet inbox, or the command line on files dropped a while ago.
	 */
	@Test
	void wholeFilesUnchangedForASettleTimeAreTakenWithoutWaiting() throws Exception {
		Inbox slow = inboxSettling(Duration.ofSeconds(30));
		Path folder = Files.createDirectories(folders.inbox().resolve("AEA-TPE"));
		Path sheet = zip(folder.resolve("sheet.xlsx"));
		Files.setLastModifiedTime(sheet, FileTime.from(clock.instant().minus(Duration.ofMinutes(5))));

		long started = System.nanoTime();
		List<InboxFile> files = slow.scan().complete();

		assertThat(Duration.ofNanos(System.nanoTime() - started)).as("no 30 s wait").isLessThan(Duration.ofSeconds(15));
		assertThat(files).extracting(InboxFile::originalName).containsExactly("sheet.xlsx");
	}

	/**
	 * A copy that keeps its source's old modification time (as Explorer's does) still gets the two looks
	 * a settle time apart while its end is missing; so does a file just written.
	 */
	@Test
	void aCopyWithAnOldTimeButNoEndYetOrAFreshFileStillWaitsTheSettleTime() throws Exception {
		Inbox settling = inboxSettling(Duration.ofSeconds(1));
		Path folder = Files.createDirectories(folders.inbox().resolve("AEA-TPE"));
		byte[] whole = Files.readAllBytes(zip(folder.resolve("whole.xlsx")));
		Files.delete(folder.resolve("whole.xlsx"));
		Path copying = Files.write(folder.resolve("copying.xlsx"), java.util.Arrays.copyOf(whole, whole.length - 30));
		Files.setLastModifiedTime(copying, FileTime.from(clock.instant().minus(Duration.ofMinutes(5))));

		long started = System.nanoTime();
		Inbox.Scan scan = settling.scan();

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		assertThat(scan.complete()).isEmpty();
		assertThat(scan.waiting()).singleElement().satisfies(left -> assertThat(left.reason()).contains("尚未傳送完整"));

		Files.delete(copying);
		zip(folder.resolve("fresh.xlsx"));
		started = System.nanoTime();
		assertThat(settling.scan().complete()).extracting(InboxFile::originalName).containsExactly("fresh.xlsx");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
	}

	private Inbox inboxSettling(Duration settleTime) {
		return new Inbox(folders, offices,
				new IngestProperties(settleTime, DataSize.ofMegabytes(20), 5000, 20, Duration.ofMinutes(30), 4), jdbc,
				jdbcTemplate, clock);
	}

	/** A small but whole zip, as every .xlsx is. */
	private static Path zip(Path file) throws Exception {
		try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			out.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			out.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return file;
	}

}
