package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** A file is in place whole or not at all, and nothing half-written is left beside it. */
class WorkbookFilesTests {

	@TempDir
	Path folder;

	@Test
	void aWrittenFileIsInItsNewFolderWithNothingBesideIt() throws Exception {
		Path target = folder.resolve("回執/OFFICE-1/receipt.xlsx");

		WorkbookFiles.write(target, out -> out.write("第一版".getBytes(StandardCharsets.UTF_8)));

		assertThat(target).hasContent("第一版");
		assertThat(namesIn(target.getParent())).containsExactly("receipt.xlsx");
	}

	@Test
	void aWriterThatClosesItsStreamStillLeavesItsFile() throws Exception {
		Path target = folder.resolve("form.xlsx");

		WorkbookFiles.write(target, out -> {
			out.write("寫完即關閉".getBytes(StandardCharsets.UTF_8));
			out.close();
		});

		assertThat(target).hasContent("寫完即關閉");
		assertThat(namesIn(folder)).containsExactly("form.xlsx");
	}

	@Test
	void aWriterThatFailsLeavesTheEarlierFileAndNoPartial() throws Exception {
		Path target = folder.resolve("receipt.xlsx");
		WorkbookFiles.write(target, out -> out.write("舊".getBytes(StandardCharsets.UTF_8)));

		assertThatIOException().isThrownBy(() -> WorkbookFiles.write(target, out -> {
			out.write("新的一半".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		})).withMessage("disk full");

		assertThat(target).hasContent("舊");
		assertThat(namesIn(folder)).containsExactly("receipt.xlsx");
	}

	private static java.util.List<String> namesIn(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString()).toList();
		}
	}

}
