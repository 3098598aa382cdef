package tw.gov.quality;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Walks of folders that other processes write into while the walk runs (the archive, receipts, outputs):
 * a file listed and then renamed or removed before it was looked at is skipped, not an error. A plain
 * {@code Files.walk} throws on it, and the run walking it failed.
 */
public final class SharedFolders {

	private SharedFolders() {
	}

	/** What is done with each file found, with the attributes read when it was found. */
	@FunctionalInterface
	public interface FileVisit {

		void visit(Path file, BasicFileAttributes attributes) throws IOException;

	}

	/** Visits every file under {@code root} (all levels) still there when looked at. */
	public static void walkFiles(Path root, FileVisit visit) throws IOException {
		Files.walkFileTree(root, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				visit.visit(file, attributes);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) throws IOException {
				if (ex instanceof NoSuchFileException) {
					return FileVisitResult.CONTINUE;
				}
				throw ex;
			}
		});
	}

}
