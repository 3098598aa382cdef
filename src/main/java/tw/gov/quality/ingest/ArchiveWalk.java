package tw.gov.quality.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tw.gov.quality.Checksums;
import tw.gov.quality.Folders;
import tw.gov.quality.SharedFolders;
import tw.gov.quality.office.OfficeRegistry;

/**
 * The walk of the archive and the receipts that {@link ArchiveReconciliation} runs once per process,
 * under its claim: an archived file with no row is recorded, partial copies and partial receipts older
 * than a claim's lease are removed. Ages are by the file system's clock, not the run's.
 */
final class ArchiveWalk {

	/** Logged under the reconciliation's name, as before this was its own class. */
	private static final Logger log = LoggerFactory.getLogger(ArchiveReconciliation.class);

	private final Folders folders;

	private final Archive archive;

	private final SubmissionRepository submissions;

	private final OfficeRegistry offices;

	private final Duration lease;

	ArchiveWalk(Folders folders, Archive archive, SubmissionRepository submissions, OfficeRegistry offices,
			Duration lease) {
		this.folders = folders;
		this.archive = archive;
		this.submissions = submissions;
		this.offices = offices;
		this.lease = lease;
	}

	/** @return how many archived files without a row were recorded */
	int run(LocalDateTime now) throws IOException {
		int recovered = recoverUnrecorded(now);
		removeStalePartialReceipts();
		return recovered;
	}

	private int recoverUnrecorded(LocalDateTime now) throws IOException {
		Path root = folders.archive();
		if (!Files.isDirectory(root)) {
			return 0;
		}
		int count = 0;
		for (Path file : unrecorded(root, submissions.archivedPaths())) {
			if (recover(file, now)) {
				count++;
			}
		}
		return count;
	}

	/** The archived files no row names; partial copies older than a lease are removed on the way. */
	private List<Path> unrecorded(Path root, Set<String> recorded) throws IOException {
		List<Path> unrecorded = new ArrayList<>();
		SharedFolders.walkFiles(root, (file, attributes) -> {
			if (file.getFileName().toString().startsWith(".writing-")) {
				// Younger than a lease (by the file system's clock, not the run's), it may be another
				// node's copy under way.
				if (attributes.lastModifiedTime().toInstant().plus(lease).isBefore(Instant.now())) {
					Files.deleteIfExists(file);
					log.info("Removed partial archive copy {}", FileNames.printable(root.relativize(file).toString()));
				}
			}
			else if (attributes.isRegularFile() && !recorded.contains(file.toString())) {
				unrecorded.add(file);
			}
		});
		return unrecorded;
	}

	/** Records an archived file this service wrote and nobody recorded; whether it did. */
	private boolean recover(Path file, LocalDateTime now) throws IOException {
		Optional<Archive.Named> named = archive.parse(file);
		if (named.isEmpty()) {
			return false; // not a copy this service wrote
		}
		String sha256 = Checksums.sha256(file);
		if (!sha256.startsWith(named.get().sha256Prefix())) {
			log.warn("Archived file {} does not match the checksum in its name; left alone", file);
			return false;
		}
		if (submissions.isRecorded(file)) {
			return false; // recorded by another node after this walk began
		}
		String folder = named.get().folder();
		String office = offices.find(folder).map(o -> o.code()).orElse(null);
		Long duplicateOf = submissions.firstWithSameBytes(folder, sha256).orElse(null);
		long id = submissions.insertArchived(folder, office, named.get().name(), sha256, Files.size(file),
				named.get().receivedAt(), file, duplicateOf, now);
		log.warn("Archived file {} had no record (an earlier crash); recorded as submission {}", file, id);
		return true;
	}

	/**
	 * A receipt is written under a temporary name, then renamed: a process killed meanwhile leaves the
	 * temporary file, whose submission is read and answered again. Removed once older than a lease (a
	 * younger one may be another node's receipt under way).
	 */
	private void removeStalePartialReceipts() throws IOException {
		Path receipts = folders.output().resolve("receipts");
		if (!Files.isDirectory(receipts)) {
			return;
		}
		Instant before = Instant.now().minus(lease);
		SharedFolders.walkFiles(receipts, (file, attributes) -> {
			if (file.getFileName().toString().startsWith(".writing-")
					&& attributes.lastModifiedTime().toInstant().isBefore(before)) {
				Files.deleteIfExists(file);
				log.info("Removed partial receipt {}", FileNames.printable(receipts.relativize(file).toString()));
			}
		});
	}

}
