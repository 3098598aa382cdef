package tw.gov.quality.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
		ReportingPeriod period = OfficeDeadlines.reportingPeriodAt(file.receivedAt().toLocalDate());
		return folders.archive()
			.resolve(String.valueOf(period.rocYear()))
			.resolve("Q" + period.quarter())
			.resolve(file.officeCode() == null ? UNASSIGNED : file.officeCode())
			.resolve(STAMP.format(file.receivedAt()) + "_" + sha256.substring(0, 12) + "_"
					+ FileNames.safe(file.originalName()));
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
	 * Copies the file next to its archive path, under a temporary name, unless an identical copy is
	 * already there (then empty); the caller forces the copy to disk ({@link WorkbookFiles#force}), renames
	 * it into place and syncs the folder ({@link WorkbookFiles#syncFolder}) before it counts on the name:
	 * {@link ArchiveCopies} does that for a whole batch of copies at once.
	 */
	Optional<Path> copy(Path source, Path target, String sha256) throws IOException {
		if (Files.exists(target)) {
			if (sha256.equals(tw.gov.quality.Checksums.sha256(target))) {
				return Optional.empty();
			}
			throw new IOException("Archive file " + target + " exists with other content; refusing to overwrite");
		}
		Files.createDirectories(target.getParent());
		// A name no other writer uses, created here (no lock shared by the receiving threads, one open).
		Path partial = target.resolveSibling(
				WorkbookFiles.PARTIAL_PREFIX + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".part");
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest);
					OutputStream out = Channels.newOutputStream(
							Files.newByteChannel(partial, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
									ownerOnly()))) {
				in.transferTo(out);
			}
			if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
				throw new IOException("File " + source + " changed while it was archived");
			}
			return Optional.of(partial);
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

	/** Readable by the service only, as a temporary file is made. */
	private static FileAttribute<?>[] ownerOnly() {
		if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			return new FileAttribute<?>[0];
		}
		return new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) };
	}

}
