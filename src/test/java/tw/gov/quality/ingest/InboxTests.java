package tw.gov.quality.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
		inbox = new Inbox(folders, offices, new IngestProperties(Duration.ofMillis(400), DataSize.ofMegabytes(20), 5000, 20, Duration.ofMinutes(30), 4),
				jdbc, jdbcTemplate, clock);
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

}
