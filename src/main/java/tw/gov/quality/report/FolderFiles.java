package tw.gov.quality.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import tw.gov.quality.spreadsheet.WorkbookFiles;

/** A report folder's files as a whole: forced to disk together, or deleted with the folder. */
final class FolderFiles {

	private FolderFiles() {
	}

	/** Concurrent fsyncs: the file system commits them together instead of one journal write each. */
	private static final int FORCING_THREADS = 8;

	/** Forces every file directly in {@code folder} to disk, several at a time. */
	static void forceAll(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> children = Files.list(folder)) {
			files = children.filter(Files::isRegularFile).toList();
		}
		ExecutorService forcing = Executors.newFixedThreadPool(FORCING_THREADS, runnable -> {
			Thread thread = new Thread(runnable, "report-fsync");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> forced = new ArrayList<>();
			for (Path file : files) {
				forced.add(forcing.submit(() -> {
					WorkbookFiles.force(file);
					return null;
				}));
			}
			for (Future<?> future : forced) {
				future.get();
			}
		}
		catch (ExecutionException ex) {
			throw ex.getCause() instanceof IOException io ? io : new IOException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Interrupted while forcing " + folder + " to disk");
		}
		finally {
			forcing.shutdownNow();
		}
	}

	static void deleteRecursively(Path folder) throws IOException {
		if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
