package tw.gov.quality.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Version folders on a real file system: what an interrupted run leaves is never a version. */
class ReportVersionsTests {

	@TempDir
	Path base;

	private Path publish(String... files) throws Exception {
		ReportVersions.Staged staged = ReportVersions.stage(base);
		for (String file : files) {
			Files.writeString(staged.folder().resolve(file), "content of " + file);
		}
		Files.writeString(staged.folder().resolve(ReportVersions.MANIFEST), "{}");
		return ReportVersions.publish(staged);
	}

	private String[] names() throws Exception {
		try (Stream<Path> children = Files.list(base)) {
			return children.map(child -> child.getFileName().toString()).sorted().toArray(String[]::new);
		}
	}

	@Test
	void aVersionIsWrittenAsideAndAppearsUnderItsNumberWithEverythingInIt() throws Exception {
		ReportVersions.Staged staged = ReportVersions.stage(base);
		Files.writeString(staged.folder().resolve("執行成果報告_X.xlsx"), "workbook");

		assertThat(staged.folder().getFileName().toString()).startsWith(".v1.writing-");
		assertThat(ReportVersions.latest(base)).as("not a version while it is written").isZero();
		assertThat(ReportVersions.isComplete(staged.folder())).isFalse();

		Files.writeString(staged.folder().resolve(ReportVersions.MANIFEST), "{}");
		Path v1 = ReportVersions.publish(staged);

		assertThat(v1).isEqualTo(base.resolve("v1"));
		assertThat(v1.resolve("執行成果報告_X.xlsx")).hasContent("workbook");
		assertThat(names()).containsExactly("v1");
		assertThat(ReportVersions.latest(base)).isEqualTo(1);
		assertThat(publish("b.xlsx")).isEqualTo(base.resolve("v2"));
	}

	@Test
	void incompleteFoldersAreNotVersionsAndAreRemovedBeforeTheNextNumberIsChosen() throws Exception {
		publish("a.xlsx");
		// An older writer killed after its workbook: v2 with no review form and no manifest.
		Files.createDirectories(base.resolve("v2"));
		Files.writeString(base.resolve("v2/執行成果報告_X.xlsx"), "workbook only");
		// Killed while writing the workbook: a 0-byte partial file.
		Files.createDirectories(base.resolve("v3"));
		Files.createFile(base.resolve("v3/.writing-123.xlsx"));
		// Killed while writing a staging folder.
		Files.createDirectories(base.resolve(".v2.writing-abc"));
		Files.writeString(base.resolve(".v2.writing-abc/審查意見表_A_104年第2季.xlsx"), "form");
		Files.createDirectories(base.resolve("v4"));

		assertThat(ReportVersions.latest(base)).isEqualTo(1);
		assertThat(ReportVersions.isComplete(base.resolve("v2"))).isFalse();
		assertThat(ReportVersions.leftovers(base)).extracting(path -> path.getFileName().toString())
			.containsExactly(".v2.writing-abc", "v2", "v3", "v4");

		assertThat(ReportVersions.cleanUp(base)).hasSize(4);

		assertThat(names()).containsExactly("v1");
		assertThat(publish("b.xlsx")).as("the number after the last complete version").isEqualTo(base.resolve("v2"));
	}

	@Test
	void aNumberTakenMeanwhileIsNeverOverwritten() throws Exception {
		ReportVersions.Staged first = ReportVersions.stage(base);
		ReportVersions.Staged second = ReportVersions.stage(base);
		assertThat(first.version()).isEqualTo(second.version());
		Files.writeString(first.folder().resolve(ReportVersions.MANIFEST), "first");
		Files.writeString(second.folder().resolve(ReportVersions.MANIFEST), "second");

		assertThat(ReportVersions.publish(first)).isEqualTo(base.resolve("v1"));
		assertThat(ReportVersions.publish(second)).isEqualTo(base.resolve("v2"));
		assertThat(base.resolve("v1").resolve(ReportVersions.MANIFEST)).hasContent("first");
		assertThat(base.resolve("v2").resolve(ReportVersions.MANIFEST)).hasContent("second");
	}

	@Test
	void aVersionFolderIsAsReadableAsAnyFolderCreatedHere() throws Exception {
		Path plain = Files.createDirectory(base.resolve("plain"));
		Path v1 = publish("a.xlsx");
		if (Files.getFileStore(base).supportsFileAttributeView("posix")) {
			assertThat(Files.getPosixFilePermissions(v1)).isEqualTo(Files.getPosixFilePermissions(plain));
		}
	}

	@Test
	void aFailedRunLeavesNothing() throws Exception {
		ReportVersions.Staged staged = ReportVersions.stage(base);
		Files.writeString(staged.folder().resolve("執行成果報告_X.xlsx"), "half");

		ReportVersions.discard(staged);

		assertThat(names()).isEmpty();
	}

}
