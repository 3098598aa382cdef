package tw.gov.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedFoldersTests {

	@TempDir
	Path root;

	@Test
	void filesAnotherProcessRenamesAwayDuringTheWalkAreSkipped() throws IOException {
		Path receipts = Files.createDirectories(root.resolve("output/receipts/AEA-TXG"));
		for (int i = 0; i < 50; i++) {
			Files.writeString(receipts.resolve(".writing-" + i + ".xlsx"), "receipt under way");
		}
		Path renamed = Files.createDirectories(root.resolve("renamed"));
		List<Path> visited = new ArrayList<>();
		SharedFolders.walkFiles(root.resolve("output"), (file, attributes) -> {
			if (visited.isEmpty()) {
				// The folder is listed already: every other file now vanishes between listing and looking,
				// as another node's partial receipts do when renamed into place.
				try (Stream<Path> others = Files.list(receipts)) {
					for (Path other : others.filter(other -> !other.equals(file)).toList()) {
						Files.move(other, renamed.resolve(other.getFileName().toString().substring(".writing-".length())));
					}
				}
			}
			visited.add(file);
		});

		assertThat(visited).hasSize(1);
	}

}
