package tw.gov.quality.health;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class FolderCheckTests {

	private static final DataSize ONE_KB = DataSize.ofKilobytes(1);

	@TempDir
	Path dir;

	@Test
	void aWritableFolderWithSpaceIsUsable() {
		FolderCheck check = FolderCheck.of(dir, ONE_KB);
		assertThat(check.usable()).isTrue();
		assertThat(check.details()).containsEntry("status", "UP")
			.containsEntry("path", dir.toAbsolutePath().toString())
			.containsEntry("exists", true)
			.containsEntry("readable", true)
			.containsEntry("writable", true)
			.containsEntry("minFreeBytes", 1024L)
			.doesNotContainKey("problem");
		assertThat((Long) check.details().get("freeBytes")).isPositive();
	}

	@Test
	void aMissingFolderIsUsableWhenItCanBeCreated() {
		FolderCheck check = FolderCheck.of(dir.resolve("inbox/deeper"), ONE_KB);
		assertThat(check.usable()).isTrue();
		assertThat(check.details()).containsEntry("exists", false).containsEntry("createdIn", dir.toString());
	}

	@Test
	void aFileIsNoFolder() throws Exception {
		Path file = Files.writeString(dir.resolve("inbox"), "not a folder");
		FolderCheck check = FolderCheck.of(file, ONE_KB);
		assertThat(check.usable()).isFalse();
		assertThat(check.details()).containsEntry("status", "DOWN").containsEntry("problem", "不是資料夾");
	}

	@Test
	void aFolderUnderAFileCannotBeCreated() throws Exception {
		Path file = Files.writeString(dir.resolve("output"), "not a folder");
		FolderCheck check = FolderCheck.of(file.resolve("reports"), ONE_KB);
		assertThat(check.usable()).isFalse();
		assertThat((String) check.details().get("problem")).startsWith("無法建立").contains(file.toString());
	}

	@Test
	void tooLittleFreeSpaceIsAProblem() {
		FolderCheck check = FolderCheck.of(dir, DataSize.ofTerabytes(1024 * 1024));
		assertThat(check.usable()).isFalse();
		assertThat((String) check.details().get("problem")).startsWith("剩餘空間 ").endsWith("低於下限 1024.0 PB");
	}

	@Test
	void sizesAreReadable() {
		assertThat(FolderCheck.human(512)).isEqualTo("512 B");
		assertThat(FolderCheck.human(1536)).isEqualTo("1.5 KB");
		assertThat(FolderCheck.human(500L * 1024 * 1024)).isEqualTo("500.0 MB");
	}

}
