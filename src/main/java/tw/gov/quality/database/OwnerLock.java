package tw.gov.quality.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An operating-system lock on {@code <dataDir>.lock}, held by the process that starts the server for as
 * long as it runs it. The system releases it when that process ends, however it ends (a SIGKILL too),
 * so whoever takes it knows that no running process owns the data directory: only orphans can be
 * left on it. Two processes starting at once cannot both start a server on the same files.
 */
final class OwnerLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private OwnerLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static Path fileOf(Path dataDir) {
		return dataDir.resolveSibling(dataDir.getFileName() + ".lock");
	}

	/** The lock if no other process holds it. */
	static Optional<OwnerLock> tryAcquire(Path file) {
		try {
			Files.createDirectories(file.getParent());
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			try {
				FileLock lock = channel.tryLock();
				if (lock == null) {
					channel.close();
					return Optional.empty();
				}
				return Optional.of(new OwnerLock(channel, lock));
			}
			catch (OverlappingFileLockException ex) {
				// This JVM holds it already (EmbeddedMariaDb starts one server per JVM, so only a test does this).
				channel.close();
				return Optional.empty();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the embedded database's lock file " + file, ex);
		}
	}

	@Override
	public void close() {
		try (channel) {
			lock.release();
		}
		catch (IOException ex) {
			// Closing the channel releases the lock as well.
		}
	}

}
