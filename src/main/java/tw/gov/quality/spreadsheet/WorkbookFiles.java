package tw.gov.quality.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.Deflater;

import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a finished file next to its target, forces it to disk, then moves it into place and syncs
 * the folder: no reader ever sees half a file, and a crash or power cut leaves the old file or the
 * new one, never an empty one.
 */
public final class WorkbookFiles {

	/** How every partly written file's name begins; such a file is never a result. */
	public static final String PARTIAL_PREFIX = ".writing-";

	private WorkbookFiles() {
	}

	/**
	 * Deflate's fastest level for the packages written in bulk (a consolidation's thousands of forms and
	 * its large workbooks): two to four times faster than the default, files about a tenth larger.
	 */
	public static final int BULK_LEVEL = Deflater.BEST_SPEED;

	/** An SXSSF workbook keeping {@code window} rows a sheet in memory, saved at {@link #BULK_LEVEL}. */
	public static SXSSFWorkbook bulkStreaming(int window) {
		return new SXSSFWorkbook(window) {
			@Override
			protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
				ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
				zip.setLevel(BULK_LEVEL);
				return zip;
			}
		};
	}

	public static void write(Workbook workbook, Path target) throws IOException {
		write(target, ".xlsx", workbook::write);
	}

	/** An .xlsx package its caller writes itself, written the same way. */
	public static void write(Path target, Content content) throws IOException {
		write(target, ".xlsx", content);
	}

	/** A small text file (UTF-8), written the same way. */
	public static void writeText(Path target, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		write(target, ".part", out -> out.write(bytes));
	}

	/**
	 * Asks the operating system to write the folder's entries (names created, renamed, deleted) to
	 * disk. Best effort: where a folder cannot be opened for this (Windows), the file system's own
	 * ordering is all there is.
	 */
	public static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Not supported on this platform or file system.
		}
	}

	/** Waits until the file's bytes are on disk (fsync; any handle of the file will do). */
	public static void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	/** A file's bytes, written by whoever produces them. */
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * A new partial file's name in the folder, random: created with {@link StandardOpenOption#CREATE_NEW} and
	 * {@link #ownerOnly()}, as {@link Files#createTempFile} would, without its lock on one shared secure random.
	 */
	public static Path partialIn(Path folder, String suffix) {
		return folder.resolve(PARTIAL_PREFIX + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + suffix);
	}

	/** Readable by the service only, as a temporary file is made. */
	public static FileAttribute<?>[] ownerOnly() {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] { OWNER_ONLY };
	}

	private static final FileAttribute<?> OWNER_ONLY = PosixFilePermissions
		.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

	/**
	 * Makes the folder and any missing parents. A folder that is there already costs one look: {@link
	 * Files#createDirectories} tries to create it first and builds an exception when it exists.
	 */
	public static void folder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder);
		}
	}

	private static void write(Path target, String suffix, Content content) throws IOException {
		Path parent = target.toAbsolutePath().getParent();
		folder(parent);
		Path partial = partialIn(parent, suffix);
		try {
			// Forced through the channel it was written by: opening it again for that cost a second open and close.
			boolean forced = false;
			try (FileChannel channel = FileChannel.open(partial,
					Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly())) {
				content.writeTo(Channels.newOutputStream(channel));
				// A writer that closes the stream it is given closes the channel too: forced by a new one then.
				if (channel.isOpen()) {
					channel.force(true);
					forced = true;
				}
			}
			if (!forced) {
				force(partial);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | RuntimeException | Error ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		syncFolder(parent);
	}

}
