package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tw.gov.quality.Folders;
import tw.gov.quality.calendar.OfficeDeadlines;
import tw.gov.quality.calendar.ReportingPeriod;
import tw.gov.quality.spreadsheet.WorkbookFiles;

/**
 * Byte-for-byte copies of every received file under
 * {@code archive/<year>/Q<quarter>/<office-code>/}, filed by the quarter being reported when it
 * arrived. Written through a temporary file and checked against the recorded checksum; never
 * overwritten, never pruned.
 */
@Component
class Archive {

	static final String UNASSIGNED = "_unassigned";

	/** {@code <yyyyMMdd-HHmmss-SSS>_<first 12 of sha256>_<safe name>}, as {@link #pathFor} names a copy. */
	private static final Pattern NAME = Pattern.compile("(\\d{8}-\\d{6}-\\d{3})_([0-9a-f]{12})_(.+)");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final Folders folders;

	Archive(Folders folders) {
		this.folders = folders;
	}

	Path pathFor(InboxFile file, String sha256) {
		return folderFor(file).resolve(STAMP.format(file.receivedAt()) + "_" + sha256.substring(0, 12) + "_"
				+ FileNames.safe(file.originalName()));
	}

	/** The folder of the file's copy: its office's, under the quarter being reported when it arrived. */
	Path folderFor(InboxFile file) {
		ReportingPeriod period = OfficeDeadlines.reportingPeriodAt(file.receivedAt().toLocalDate());
		return folders.archive()
			.resolve(String.valueOf(period.rocYear()))
			.resolve("Q" + period.quarter())
			.resolve(file.officeCode() == null ? UNASSIGNED : file.officeCode());
	}

	/** What an archived copy's path says of it: office folder, received time, original (safe) name; empty if not ours. */
	Optional<Named> parse(Path archived) {
		Path relative = folders.archive().relativize(archived);
		if (relative.getNameCount() != 4) {
			return Optional.empty();
		}
		Matcher matcher = NAME.matcher(relative.getName(3).toString());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String folder = relative.getName(2).toString();
		return Optional.of(new Named(UNASSIGNED.equals(folder) ? "" : folder,
				LocalDateTime.parse(matcher.group(1), STAMP), matcher.group(2), matcher.group(3)));
	}

	record Named(String folder, LocalDateTime receivedAt, String sha256Prefix, String name) {
	}

	/**
	 * The file changed after the inbox scan took it for complete, or while it was copied: its sender is still
	 * writing it (a slow copy onto the shared folder). Left in the inbox for a later run, as a file the scan
	 * sees changing is; nothing for an administrator to do.
	 */
	static final class StillBeingWritten extends IOException {

		StillBeingWritten(Path source) {
			super("File " + source + " changed while it was archived");
		}

	}

	/** A file's bytes copied under a temporary name, and their SHA-256: what its copy is named and recorded by. */
	record Copied(Path partial, String sha256) {
	}

	/**
	 * Copies the file into the folder under a temporary name, hashing the bytes as they are copied (read once: the
	 * copy is exactly what the checksum says); the caller records it, forces the copy to disk
	 * ({@link WorkbookFiles#force}), renames it into place (unless {@link #toPlace} finds it there already) and syncs the folder
	 * ({@link WorkbookFiles#syncFolder}) before it counts on the name: {@link ArchiveCopies} does that for a whole
	 * batch of copies at once. A file whose size is not what the inbox scan saw, or whose size or time changed
	 * while it was copied, is still being written: not taken ({@link StillBeingWritten}).
	 */
	Copied copy(Path source, long scannedSize, Path folder) throws IOException {
		// Mostly a new folder (an office's first file of a quarter): created at once, without a look first
		Files.createDirectories(folder);
		Path partial = WorkbookFiles.partialIn(folder, ".part");
		try {
			BasicFileAttributes before = Files.readAttributes(source, BasicFileAttributes.class);
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long copied;
			try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
					OutputStream out = Channels.newOutputStream(
							Files.newByteChannel(partial, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
									WorkbookFiles.ownerOnly()))) {
				copied = in.transferTo(out);
			}
			BasicFileAttributes after = Files.readAttributes(source, BasicFileAttributes.class);
			if (before.size() != scannedSize || copied != before.size() || after.size() != before.size()
					|| !after.lastModifiedTime().equals(before.lastModifiedTime())) {
				throw new StillBeingWritten(source);
			}
			return new Copied(partial, HexFormat.of().formatHex(digest.digest()));
		}
		catch (NoSuchAlgorithmException ex) {
			Files.deleteIfExists(partial);
			throw new IllegalStateException(ex);
		}
		catch (FileAlreadyExistsException ex) {
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
	}

	/**
	 * Whether the copy is to be renamed to its archive path: not when an identical copy is already there (the
	 * temporary one is then removed); a different file under that name is never overwritten.
	 */
	boolean toPlace(Copied copied, Path target) throws IOException {
		if (!Files.exists(target)) {
			return true;
		}
		if (copied.sha256().equals(tw.gov.quality.Checksums.sha256(target))) {
			Files.deleteIfExists(copied.partial());
			return false;
		}
		throw new IOException("Archive file " + target + " exists with other content; refusing to overwrite");
	}

}
