package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Flushes to the device what a rename is about to publish: a file's bytes before its final name, and a
 * folder's entries after it, so that a power cut never leaves a complete-looking name on missing data.
 */
public final class Durably {

	private Durably() {
	}

	public static void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** Some file systems (and Windows) cannot open a folder for syncing; the rename itself is still atomic there. */
	public static void forceDirectory(Path directory) {
		try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// best effort: nothing more can be done on such a file system
		}
	}

}
