package tw.gov.quality.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class OwnerRecordTests {

	@TempDir
	Path temp;

	@Test
	void theOwnerFileLiesBesideTheDataDirectoryAndReadsBackWhatWasWritten() {
		Path dataDir = temp.resolve("data/mariadb/data");
		Path file = OwnerRecord.fileOf(dataDir);
		assertThat(file).isEqualTo(temp.resolve("data/mariadb/data.owner"));
		OwnerRecord starting = OwnerRecord.starting(dataDir);
		assertThat(starting.ownerPid()).isEqualTo(ProcessHandle.current().pid());
		assertThat(starting.isReady()).isFalse();
		OwnerRecord ready = starting.ready(4321, 33061);

		dataDir.toFile().mkdirs();
		ready.write(file);

		assertThat(OwnerRecord.read(file)).contains(ready);
		assertThat(temp.resolve("data/mariadb").toFile().list()).as("no temporary file left after the rename")
			.containsExactlyInAnyOrder("data", "data.owner");
	}

	@Test
	void aRewriteReplacesTheWholeRecord() {
		Path file = temp.resolve("data.owner");
		OwnerRecord starting = OwnerRecord.starting(temp.resolve("data"));
		starting.write(file);
		OwnerRecord ready = starting.ready(99, 3306);
		ready.write(file);
		assertThat(OwnerRecord.read(file)).contains(ready);
	}

	@Test
	void aMissingOrForeignFileIsNoRecord() throws Exception {
		Path file = temp.resolve("data.owner");
		assertThat(OwnerRecord.read(file)).isEmpty();
		Files.writeString(file, "whatever=1\n");
		assertThat(OwnerRecord.read(file)).isEmpty();
	}

	@Test
	void theOwnerIsAliveOnlyWhileItsProcessRuns() throws Exception {
		assertThat(OwnerRecord.starting(temp).ownerAlive()).isTrue();

		Process ended = new ProcessBuilder("true").start();
		Instant started = ended.toHandle().info().startInstant().orElse(null);
		assertThat(ended.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(OwnerRecord.alive(ended.pid(), started)).isFalse();
	}

	@Test
	void aReusedPidIsNotTheOwner() {
		ProcessHandle self = ProcessHandle.current();
		Instant otherStart = self.info().startInstant().orElseThrow().minusSeconds(3600);
		assertThat(OwnerRecord.alive(self.pid(), otherStart)).isFalse();
	}

}
